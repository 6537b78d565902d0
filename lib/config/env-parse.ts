import { z } from "zod";
import { parseDatabaseUrl } from "./database-url";

/** Thrown when the environment is invalid; the message names the variable. */
export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an env object with a zod schema and reports the first bad variable in one line. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.join(".") || "environment";
  throw new EnvError(`Invalid environment variable ${name}: ${issue.message}`);
}

export const port = z.coerce.number().int().min(1).max(65535);
export const positiveInt = z.coerce.number().int().positive();
export const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");
export const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

/** DATABASE_URL, shared by the web service and the worker: SQLite file or PostgreSQL URL. */
export const databaseUrl = z
  .string()
  .default("file:./data/baton.db")
  .refine((v) => {
    try {
      parseDatabaseUrl(v);
      return true;
    } catch {
      return false;
    }
  }, "must start with file: (SQLite) or postgresql:// (PostgreSQL)");
