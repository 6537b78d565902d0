import type { Db } from "@/lib/db";
import { describeError } from "@/lib/db/describe-error";

/** How long the database may take to answer before the instance counts as not ready. */
export const readinessTimeoutMs = 2_000;

export type DatabaseHealth = "ok" | "unreachable" | "timeout";

export interface Readiness {
  ready: boolean;
  database: DatabaseHealth;
  /** The database's round trip, when it answered. */
  databaseMs?: number;
}

/**
 * Whether this web process can serve requests: its database answers a trivial query in time. Only a
 * category is returned (the endpoint is public); the cause goes to the caller's log.
 */
export async function checkReadiness(db: Db, log: (message: string) => void, timeoutMs = readinessTimeoutMs): Promise<Readiness> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const answer = await Promise.race([db.$queryRawUnsafe("SELECT 1").then(() => "ok" as const), timedOut]);
    if (answer === "timeout") {
      log(`readiness: the database did not answer within ${timeoutMs} ms`);
      return { ready: false, database: "timeout" };
    }
    return { ready: true, database: "ok", databaseMs: Math.round(performance.now() - started) };
  } catch (error) {
    log(`readiness: the database is unreachable: ${describeError(error)}`);
    return { ready: false, database: "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
