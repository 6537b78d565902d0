import http from "node:http";

export interface ChunkedUploadResult {
  status: number;
  body: string;
  /** Bytes the client had handed to the socket when the answer came. */
  sentBytes: number;
}

/**
 * POSTs a body of `totalBytes` with chunked transfer encoding (no Content-Length, as the abuse probe
 * did), writing as fast as the server lets it and stopping at the first byte of the answer. A server
 * that buffers the whole body answers only after `totalBytes`; one that counts as it reads, long before.
 */
export function chunkedUpload(url: string, options: { headers?: Record<string, string>; totalBytes: number; chunkBytes?: number }): Promise<ChunkedUploadResult> {
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers: { ...options.headers, "transfer-encoding": "chunked" } }, (res) => {
      answered = true;
      const sentBytes = sent;
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8"), sentBytes });
      });
    });
    // The server may close its side once it has answered; what counts is the answer, not the rest of the upload.
    req.on("error", (err) => (answered ? undefined : reject(err)));
    const pump = () => {
      while (!answered && sent < options.totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}
