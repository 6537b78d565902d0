/**
 * A worker holds each claimed job under a lease it renews every `leaseRenewMs`; a job whose lease
 * ran out belongs to a lost worker and is resolved by the reaper. Three renewals fit in one lease,
 * so one slow database round trip or a GC pause does not lose a job.
 */
export const leaseMs = 15_000;
export const leaseRenewMs = 5_000;

export function leaseUntil(now = new Date()): Date {
  return new Date(now.getTime() + leaseMs);
}
