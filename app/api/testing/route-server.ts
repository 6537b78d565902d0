import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { ApiHandler } from "@/lib/http/api-route";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type RouteModule = Partial<Record<Method, ApiHandler>>;

const appDir = path.resolve(import.meta.dirname, "../..");

/**
 * Finds the route file Next.js would serve a path from, as its router does for this app: a literal
 * directory before a `[param]` one; answers the file and the params. Catch-all segments are not
 * served (only NextAuth's route has one).
 */
function resolveRoute(pathname: string): { file: string; params: Record<string, string> } | null {
  const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const walk = (dir: string, rest: string[], params: Record<string, string>): { file: string; params: Record<string, string> } | null => {
    if (rest.length === 0) {
      const file = path.join(dir, "route.ts");
      return fs.existsSync(file) ? { file, params } : null;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    const literal = path.join(dir, head);
    if (!head.startsWith("[") && fs.existsSync(literal) && fs.statSync(literal).isDirectory()) {
      const found = walk(literal, tail, params);
      if (found) return found;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const match = /^\[([A-Za-z]+)\]$/.exec(entry.name);
      if (!entry.isDirectory() || !match) continue;
      const found = walk(path.join(dir, entry.name), tail, { ...params, [match[1]!]: head });
      if (found) return found;
    }
    return null;
  };
  return walk(appDir, segments, {});
}

export interface RouteServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A real HTTP (or, given a certificate, HTTPS) server in front of the app's real route handlers, for
 * clients that must cross a socket: a remote worker's transport, PowerShell's automation cmdlets.
 * The handlers get their database from the test's mocks (lib/testing/route-target.ts). Request
 * aborts reach the handler's `req.signal`, as they do under Next.js.
 */
export async function startRouteServer(options: { tls?: { cert: string; key: string } } = {}): Promise<RouteServer> {
  const onRequest = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = resolveRoute(url.pathname);
    const handler = route ? ((await import(route.file)) as RouteModule)[req.method as Method] : undefined;
    if (!route || !handler) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "not_found", message: "No such route" } }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    headers.set("x-forwarded-for", req.socket.remoteAddress ?? "");
    const aborted = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborted.abort();
    });
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const response = await handler(new Request(url, { method: req.method, headers, body, signal: aborted.signal }), { params: Promise.resolve(route.params) });
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
  // A client that hangs up while its body is read (a worker stopping mid-call) rejects the read with
  // "aborted": nobody is left to answer. Anything else is answered 500 and logged, as Next.js does.
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) =>
    onRequest(req, res).catch((err: unknown) => {
      if (req.destroyed || res.destroyed) return;
      console.error("[route-server] request failed:", err);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "internal", message: "Internal server error" } }));
    });
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, serve) : http.createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
