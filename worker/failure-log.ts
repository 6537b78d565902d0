import { describeError } from "@/lib/db/describe-error";

/** While an operation keeps failing, the log says so again this often. */
const repeatEveryMs = 10_000;

export interface FailureLog {
  failed(err: unknown): void;
  /** The operation worked; logs the recovery when it had been failing. */
  succeeded(): void;
}

/**
 * Logs the failures of something the worker does over and over (renew leases, claim, store records)
 * without flooding the log during an outage: the first failure with its cause, then one line every
 * 10 s while it keeps failing, and one line when it works again, saying for how long it did not.
 */
export function failureLog(log: (message: string) => void, what: string): FailureLog {
  let since: number | null = null;
  let lastLoggedAt = 0;
  let failures = 0;
  const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);
  return {
    failed(err) {
      const now = Date.now();
      since ??= now;
      failures++;
      if (now - lastLoggedAt < repeatEveryMs) return;
      lastLoggedAt = now;
      log(`${what} failed: ${describeError(err)}${failures > 1 ? ` (${failures} failures in ${seconds(since)} s)` : ""}`);
    },
    succeeded() {
      if (since === null) return;
      log(`${what} works again after ${seconds(since)} s (${failures} failure(s))`);
      since = null;
      lastLoggedAt = 0;
      failures = 0;
    },
  };
}
