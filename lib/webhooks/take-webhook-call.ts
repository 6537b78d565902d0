import { Prisma } from "@/generated/postgresql/client";
import type { Db } from "@/lib/db";
import { sqlDialect } from "@/lib/db/sql-dialect";

/** A webhook's rate: calls per minute, as a token bucket that holds a minute's worth. */
export interface WebhookRate {
  perMinute: number;
  /** The clock, in ms; tests move it. */
  now?: () => number;
}

/**
 * Takes one call from the webhook's bucket, which lives in its row so that every web process behind
 * a balancer draws from the same one. Returns 0 when the call may proceed, else the whole seconds
 * until it may.
 *
 * One UPDATE refills the bucket for the time passed and takes a token only where a whole one is
 * there, so the row's lock orders simultaneous callers and each sees the tokens the one before it
 * left: no read-then-write window, and no retry loop that a burst of callers could exhaust (a
 * compare-and-set loop refuses calls under contention while the bucket is full).
 */
export async function takeWebhookCall(db: Db, webhookId: string, rate: WebhookRate): Promise<number> {
  const now = (rate.now ?? Date.now)();
  const perMs = rate.perMinute / 60_000;
  const at = new Date(now);
  const sqlite = sqlDialect(db) === "sqlite";
  const least = Prisma.raw(sqlite ? "MIN" : "LEAST");
  // The databases store the instant differently (ISO text on SQLite, timestamp on PostgreSQL); the
  // parameter is formatted by each adapter the way its column is. Both instants are whole
  // milliseconds, so SQLite's rounding restores the exact difference that Julian days blur.
  const elapsedMs = sqlite
    ? Prisma.sql`ROUND((julianday(${at}) - julianday("rateCheckedAt")) * 86400000.0)`
    : Prisma.sql`CAST(EXTRACT(EPOCH FROM (CAST(${at} AS TIMESTAMP(3)) - "rateCheckedAt")) * 1000 AS DOUBLE PRECISION)`;
  // A clock behind the stored instant (another process's, skewed) refills nothing and leaves the
  // instant where it is, so skew between processes never hands out extra tokens.
  const refilled = Prisma.sql`CASE WHEN "rateTokens" IS NULL OR "rateCheckedAt" IS NULL THEN CAST(${rate.perMinute} AS DOUBLE PRECISION)
    WHEN ${elapsedMs} <= 0 THEN "rateTokens"
    ELSE ${least}(CAST(${rate.perMinute} AS DOUBLE PRECISION), "rateTokens" + ${elapsedMs} * CAST(${perMs} AS DOUBLE PRECISION)) END`;
  const taken = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Webhook"
       SET "rateTokens" = ${refilled} - 1,
           "rateCheckedAt" = CASE WHEN "rateCheckedAt" IS NULL OR ${elapsedMs} > 0 THEN ${at} ELSE "rateCheckedAt" END
     WHERE "id" = ${webhookId} AND ${refilled} >= 1
    RETURNING "id"`;
  if (taken.length > 0) return 0;

  // Refused: the row is as the last taker left it, so the wait is the time this rate needs to make
  // up the missing part of a token. (A webhook deleted meanwhile is the caller's not-found, not ours.)
  const row = await db.webhook.findUnique({ where: { id: webhookId }, select: { rateTokens: true, rateCheckedAt: true } });
  if (!row || row.rateTokens === null || !row.rateCheckedAt) return 0;
  const tokens = row.rateTokens + Math.max(0, now - row.rateCheckedAt.getTime()) * perMs;
  return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
}
