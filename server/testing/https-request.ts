import http from "node:http";
import https from "node:https";

export interface PlainResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Whether the server's certificate chained to the given CA (https only). */
  authorized?: boolean;
}

/** One request with node's own client, so a test can pin the CA and read every Set-Cookie line. */
export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {}): Promise<PlainResponse> {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: options.method ?? "GET", headers: options.headers, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      const authorized = (res.socket as { authorized?: boolean } | null)?.authorized;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), authorized });
      });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}
