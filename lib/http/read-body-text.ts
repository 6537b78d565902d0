import { AppError } from "@/lib/errors";

function tooLarge(limitBytes: number): AppError {
  return new AppError("payload_too_large", `Request body exceeds ${limitBytes} bytes`);
}

/**
 * Reads a request body of any content type as UTF-8 text, refusing more than `limitBytes`. The stream
 * is read chunk by chunk and abandoned at the limit, so an oversized body is never held in memory.
 */
export async function readBodyText(req: Request, limitBytes: number): Promise<string> {
  if (Number(req.headers.get("content-length") ?? "0") > limitBytes) throw tooLarge(limitBytes);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
