import { failureLog } from "./failure-log";

/** Thrown instead of retrying further once the worker learned that the attempt is no longer its own. */
export class AttemptLostError extends Error {
  constructor(what: string) {
    super(`${what}: given up, the job is no longer held by this attempt`);
    this.name = "AttemptLostError";
  }
}

export interface RetryOptions {
  /** What is being recorded, for the log ("job 123: recording Completed"). */
  what: string;
  log: (message: string) => void;
  /** True once lease renewal reported the attempt lost: retrying would only be refused. */
  isLost: () => boolean;
  /** Whether a failure means the platform was unreachable or busy (the transport's WorkerTransport.isTransient). */
  isTransient: (err: unknown) => boolean;
}

const firstRetryMs = 100;
const maxRetryMs = 2_000;

/**
 * Runs a worker's write for a job it holds until the platform takes it. A write that fails because
 * the platform is unreachable or busy (the transport's isTransient) is tried again with backoff, for as
 * long as the attempt is this worker's: the lease, which the worker keeps renewing once the platform
 * answers, decides whether the job is lost, never one failed write. Any other error is thrown at once.
 */
export async function retryWhileHeld<T>(op: () => Promise<T>, options: RetryOptions): Promise<T> {
  const failures = failureLog(options.log, options.what);
  let delay = firstRetryMs;
  for (;;) {
    if (options.isLost()) throw new AttemptLostError(options.what);
    try {
      const result = await op();
      failures.succeeded();
      return result;
    } catch (err) {
      if (!options.isTransient(err)) throw err;
      failures.failed(err);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, maxRetryMs);
    }
  }
}
