import { causeOf } from "./describe-error";

/** Prisma's codes for "the database could not be reached or gave up on the call", not "the call was wrong". */
const transientPrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);

/** The driver adapters' kinds for the same. */
const transientAdapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict", "TransactionAlreadyClosed"]);

/**
 * PostgreSQL SQLSTATEs of a lost or refused connection (08…), too many clients or low resources (53…),
 * an administrator's shutdown or a server that is starting (57P…), a serialisation failure or deadlock,
 * and a database that does not accept connections right now (55000, e.g. ALLOW_CONNECTIONS false).
 */
const transientSqlState = /^(08|53|57P)|^(40001|40P01|55000|55P03)$/;

const transientSystemCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/** node-postgres says these in plain Errors without a code. */
const transientDriverMessage = /Connection terminated|connection error and is not queryable|Connection ended unexpectedly|timeout exceeded when trying to connect/i;

/**
 * Whether a database call failed because the database was unreachable, busy or restarting, so the
 * same call may succeed later, as opposed to a refusal that will fail every time (a constraint, a bad
 * value, a bug). The worker retries only the former; everything else is reported at once.
 */
export function isTransientDbError(thrown: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [thrown];
  while (pending.length > 0) {
    const err = pending.pop();
    if (typeof err !== "object" || err === null || seen.has(err)) continue;
    seen.add(err);
    const e = err as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; errors?: unknown };
    const code = typeof e.code === "string" ? e.code : "";
    const original = typeof e.originalCode === "string" ? e.originalCode : "";
    if (transientPrismaCodes.has(code) || transientSystemCodes.has(code)) return true;
    if (typeof e.kind === "string" && transientAdapterKinds.has(e.kind)) return true;
    if (/^SQLITE_(BUSY|LOCKED)/.test(code) || /^SQLITE_(BUSY|LOCKED)/.test(original)) return true;
    if (transientSqlState.test(original) || (typeof e.kind === "string" && e.kind === "postgres" && transientSqlState.test(code))) return true;
    if (typeof e.message === "string" && transientDriverMessage.test(e.message)) return true;
    if (Array.isArray(e.errors)) pending.push(...e.errors);
    pending.push(causeOf(err));
  }
  return false;
}
