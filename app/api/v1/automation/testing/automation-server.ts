import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiHandler } from "@/lib/http/api-route";
import * as certificates from "@/app/api/v1/automation/certificates/[name]/route";
import * as checkpoint from "@/app/api/v1/automation/checkpoint/route";
import * as connections from "@/app/api/v1/automation/connections/[name]/route";
import * as credentials from "@/app/api/v1/automation/credentials/[name]/route";
import * as jobs from "@/app/api/v1/automation/jobs/route";
import * as childJob from "@/app/api/v1/automation/jobs/[jobId]/route";
import * as variables from "@/app/api/v1/automation/variables/[name]/route";

type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", ApiHandler>>;

/** The automation routes as Next.js maps them: path pattern → route module, with the segment param. */
const routes: { pattern: RegExp; param?: string; module: RouteModule }[] = [
  { pattern: /^\/api\/v1\/automation\/variables\/([^/]+)$/, param: "name", module: variables },
  { pattern: /^\/api\/v1\/automation\/credentials\/([^/]+)$/, param: "name", module: credentials },
  { pattern: /^\/api\/v1\/automation\/connections\/([^/]+)$/, param: "name", module: connections },
  { pattern: /^\/api\/v1\/automation\/certificates\/([^/]+)$/, param: "name", module: certificates },
  { pattern: /^\/api\/v1\/automation\/checkpoint$/, module: checkpoint },
  { pattern: /^\/api\/v1\/automation\/jobs$/, module: jobs },
  { pattern: /^\/api\/v1\/automation\/jobs\/([^/]+)$/, param: "jobId", module: childJob },
];

/**
 * A real HTTP server in front of the real automation route handlers, for driving the PowerShell
 * module from a real pwsh process in tests (the handlers get their database from the test's mocks).
 * `port` puts it where a client already knows to look (a web service coming back after a restart).
 */
export async function startAutomationServer(options: { port?: number } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes.find((r) => r.pattern.test(url.pathname));
    const handler = route?.module[req.method as keyof RouteModule];
    if (!route || !handler) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "not_found", message: "No such route" } }));
      return;
    }
    const match = route.pattern.exec(url.pathname)!;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const response = await handler(new Request(url, { method: req.method, headers, body }), {
      params: Promise.resolve(route.param ? { [route.param]: match[1]! } : {}),
    });
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
