/**
 * Brute-force protection for password sign-in, per account: each wrong password since the last
 * success slows the next attempt down, and after `maxFailures` the account is locked for
 * `lockMinutes` (an administrator can unlock it sooner), so a botnet gets no more guesses.
 */
export const loginThrottle = {
  maxFailures: 5,
  lockMinutes: 15,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
} as const;

/** Delay before checking the password, given the failures so far: 0, 250, 500, 1000, 2000, 4000, 4000 … ms. */
export function failureDelayMs(failedLoginCount: number): number {
  if (failedLoginCount <= 0) return 0;
  return Math.min(loginThrottle.baseDelayMs * 2 ** (failedLoginCount - 1), loginThrottle.maxDelayMs);
}

export function lockedUntilAfterFailure(failedLoginCount: number, now: Date): Date | null {
  return failedLoginCount >= loginThrottle.maxFailures ? new Date(now.getTime() + loginThrottle.lockMinutes * 60_000) : null;
}

/**
 * Per source address, across accounts: one address spraying passwords over many usernames never trips
 * a single account's lock, so after `maxFailures` failed sign-ins within `windowMinutes` it is refused
 * outright. The count is over audited failures, refusals included, so a client that keeps trying stays
 * refused until it pauses for a whole window.
 */
export const addressThrottle = {
  maxFailures: 20,
  windowMinutes: 15,
} as const;
