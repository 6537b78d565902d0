import { AppError } from "@/lib/errors";

/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */
export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === length && parts.every((p) => typeof p === "string")) return parts as string[];
  } catch {
    // Falls through to the error below: any undecodable cursor is the client's mistake.
  }
  throw new AppError("validation_failed", "cursor: is not a cursor this API returned", { field: "cursor" });
}
