import type { Db } from "@/lib/db";

/** A webhook's rate: calls per minute, as a token bucket that holds a minute's worth. */
export interface WebhookRate {
  perMinute: number;
  /** The clock, in ms; tests move it. */
  now?: () => number;
}

/** A bucket's state after one call was asked for. */
export interface BucketTake {
  tokens: number;
  /** 0: the call may proceed; else the whole seconds until a token is free. */
  retryAfterSeconds: number;
}

/**
 * The token-bucket arithmetic: refill for the time passed (none if another process's clock ran
 * ahead of this one's), then take a token if a whole one is there.
 */
export function takeFromBucket(stored: { tokens: number; at: number } | null, now: number, perMinute: number): BucketTake {
  const perMs = perMinute / 60_000;
  const tokens = stored ? Math.min(perMinute, stored.tokens + Math.max(0, now - stored.at) * perMs) : perMinute;
  if (tokens >= 1) return { tokens: tokens - 1, retryAfterSeconds: 0 };
  return { tokens, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
}

/** Write races lost in a row before the caller is told to come back in a second. */
const maxAttempts = 20;

/**
 * Takes one call from the webhook's bucket, which lives in its row so that every web process behind
 * a balancer draws from the same one. Compare-and-set: the write only lands on the state it was
 * computed from, and a process that lost the race reads again. Returns 0 when the call may proceed,
 * else the whole seconds until it may.
 */
export async function takeWebhookCall(db: Db, webhookId: string, rate: WebhookRate): Promise<number> {
  const clock = rate.now ?? Date.now;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const row = await db.webhook.findUnique({ where: { id: webhookId }, select: { rateTokens: true, rateCheckedAt: true } });
    if (!row) return 0;
    const now = clock();
    const stored = row.rateTokens !== null && row.rateCheckedAt ? { tokens: row.rateTokens, at: row.rateCheckedAt.getTime() } : null;
    const take = takeFromBucket(stored, now, rate.perMinute);
    const { count } = await db.webhook.updateMany({
      where: { id: webhookId, rateTokens: row.rateTokens, rateCheckedAt: row.rateCheckedAt },
      data: { rateTokens: take.tokens, rateCheckedAt: new Date(now) },
    });
    if (count === 1) return take.retryAfterSeconds;
  }
  return 1;
}
