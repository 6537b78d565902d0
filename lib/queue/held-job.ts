import type { HeldAttempt } from "@/lib/jobs/held-attempt";

/** A worker's hold on a job it claimed (the fence, lib/jobs/held-attempt.ts) and the worker's name for the timeline. */
export interface HeldJob extends HeldAttempt {
  workerName: string;
}

/** The timeline's actor for what a worker records. */
export function workerActor(held: Pick<HeldJob, "workerName">): string {
  return `worker:${held.workerName}`;
}
