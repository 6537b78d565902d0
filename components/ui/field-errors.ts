import type { z } from "zod";
import { ApiError } from "@/components/api/fetch-json";

/** First message per top-level field from a failed zod parse, e.g. { password: "Password must be …" }. */
export function fieldErrors(error: z.ZodError, labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    out[key] ??= `${labels[key] ?? "This field"} ${issue.message}`;
  }
  return out;
}

/** A server error naming a field shows beside that field; anything else shows above the form. */
export function serverFieldError(error: unknown): { field: string; message: string } | null {
  return error instanceof ApiError && error.field ? { field: error.field.split(".")[0]!, message: error.message } : null;
}
