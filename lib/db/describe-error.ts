/** Turns "cannot reach the database" errors into one readable sentence; undefined for other errors. */
export function describeDbError(err: unknown): string | undefined {
  const e = err as { code?: string; message?: string; cause?: unknown } | undefined;
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  const msg = String(e?.message ?? "");
  if (code === "ECONNREFUSED" || /ECONNREFUSED|connect ECONNREFUSED/.test(msg)) return "Cannot reach the database server (connection refused). Is PostgreSQL running, and is DATABASE_URL right?";
  if (code === "ENOTFOUND" || /ENOTFOUND/.test(msg)) return "Cannot resolve the database host named in DATABASE_URL.";
  if (code === "28P01" || /password authentication failed/.test(msg)) return "The database refused the credentials in DATABASE_URL.";
  if (code === "3D000" || /database .* does not exist/.test(msg)) return "The database named in DATABASE_URL does not exist.";
  if (code === "SQLITE_CANTOPEN" || /unable to open database file/.test(msg)) return "Cannot open the SQLite file named in DATABASE_URL (check the folder and permissions).";
  return undefined;
}

/** A log line stays a line: longer descriptions are cut here. */
const maxDescriptionLength = 1_000;

/**
 * One line naming what went wrong and why, for logs: the message, its code, and every underlying
 * cause (an Error's `cause`, the driver error inside a Prisma error, each error of an AggregateError).
 * Prisma's messages start with a code frame of the call site; only their last line says what
 * happened. An error whose message is empty is named by its type and code instead.
 */
export function describeError(thrown: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = thrown;
  while (current !== undefined && current !== null && !seen.has(current) && parts.length < 6) {
    seen.add(current);
    parts.push(describeOne(current));
    current = causeOf(current);
  }
  const text = parts.filter(Boolean).join("; caused by: ") || String(thrown);
  return text.length > maxDescriptionLength ? `${text.slice(0, maxDescriptionLength)}…` : text;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
  // The driver adapter's own description of a database error.
  kind?: unknown;
  originalCode?: unknown;
  originalMessage?: unknown;
}

/** The error underneath this one, if it says. */
export function causeOf(err: unknown): unknown {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as ErrorLike;
  return e.cause ?? e.meta?.driverAdapterError?.cause;
}

function describeOne(err: unknown): string {
  if (typeof err !== "object" || err === null) return String(err);
  const e = err as ErrorLike;
  if (typeof e.kind === "string" && !(err instanceof Error)) return describeAdapterCause(e);
  const message = meaningfulMessage(typeof e.message === "string" ? e.message : "");
  const name = typeof e.name === "string" && e.name !== "Error" ? e.name : "";
  const code = typeof e.code === "string" || typeof e.code === "number" ? String(e.code) : "";
  let text = message || name || "error without a message";
  if (code && !text.includes(code)) text += ` [${code}]`;
  if (Array.isArray(e.errors) && e.errors.length > 0) text += ` (${e.errors.map((inner) => describeError(inner)).join(" | ")})`;
  return text;
}

/** The driver adapter's cause object: its kind, the database's own code and message, or its details. */
function describeAdapterCause(e: ErrorLike): string {
  const { kind, originalCode, originalMessage, ...rest } = e as Record<string, unknown>;
  if (typeof originalMessage === "string") return `${String(kind)}${originalCode ? ` ${String(originalCode)}` : ""}: ${originalMessage}`;
  const details = Object.entries(rest)
    .filter(([, v]) => typeof v === "string" || typeof v === "number")
    .map(([k, v]) => `${k} ${String(v)}`);
  return details.length ? `${String(kind)} (${details.join(", ")})` : String(kind);
}

/** Prisma prefixes "Invalid `db.x.y()` invocation in <file>" and a code frame; the last line is the message. */
function meaningfulMessage(message: string): string {
  const lines = message.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return "";
  if (/^Invalid `.*` invocation/.test(lines[0]!)) return lines.at(-1)!;
  return lines.join(" ");
}
