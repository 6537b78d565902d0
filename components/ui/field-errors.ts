import type { z } from "zod";
import { ApiError } from "@/components/api/fetch-json";

/**
 * First message per top-level field from a failed zod parse, e.g. { password: "Password must be …" }.
 * An issue inside a list names the item by the label under `<field>[]`, e.g. with
 * `{ tags: "Tags", "tags[]": "Tag" }`: { tags: "Tag 2 must not be empty" }.
 */
export function fieldErrors(error: z.ZodError, labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const [top, ...inner] = issue.path;
    const key = String(top ?? "");
    const label = typeof inner[0] === "number" ? (labels[`${key}[]`] ?? labels[key]) : labels[key];
    const where = inner.map((p) => (typeof p === "number" ? String(p + 1) : String(p))).join(" ");
    out[key] ??= `${label ?? "This field"}${where ? ` ${where}` : ""} ${issue.message}`;
  }
  return out;
}

/** A server error naming a field shows beside that field; anything else shows above the form. */
export function serverFieldError(error: unknown): { field: string; message: string } | null {
  return error instanceof ApiError && error.field ? { field: error.field.split(".")[0]!, message: error.message } : null;
}
