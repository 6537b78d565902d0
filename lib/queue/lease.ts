/**
 * A worker holds each claimed job under a lease that it renews while the job runs (every second,
 * worker/loop.ts); a job whose lease ran out belongs to a lost worker and the reaper resolves it.
 * 15 s tolerates a long GC pause or a slow database, and a crash is resolved within 15 s plus one
 * reaper interval.
 */
export const leaseMs = 15_000;

export function leaseUntil(now = new Date()): Date {
  return new Date(now.getTime() + leaseMs);
}
