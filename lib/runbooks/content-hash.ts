import crypto from "node:crypto";

/** SHA-256 of the script text; equal hashes mean the draft matches the published version. */
export function contentHash(content: string): string {
  return crypto.createHash("sha256").update(content, "utf8").digest("hex");
}
