import { AppError } from "@/lib/errors";

const zipTypes = ["application/zip", "application/x-zip-compressed"];

/**
 * Reads a raw .zip request body (`Content-Type: application/zip`), the one exception to the API's
 * JSON-only bodies (readJson). Like JSON, it is a type no cross-site HTML form can send. The body is
 * counted as it streams, so a missing or false Content-Length cannot get more than `limitBytes` in.
 */
export async function readZipBody(req: Request, limitBytes: number): Promise<Uint8Array> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!zipTypes.includes(type)) throw new AppError("unsupported_media_type", "Send the module as the request body with Content-Type: application/zip");
  const tooLarge = () => new AppError("payload_too_large", `The archive exceeds ${Math.round(limitBytes / 1024 / 1024)} MiB`, { field: "archive" });
  if (Number(req.headers.get("content-length") ?? "0") > limitBytes) throw tooLarge();
  if (!req.body) throw new AppError("bad_request", "The request has no body; send the .zip archive", { field: "archive" });
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > limitBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (received === 0) throw new AppError("bad_request", "The request has no body; send the .zip archive", { field: "archive" });
  return Buffer.concat(chunks);
}
