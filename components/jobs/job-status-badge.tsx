import { Badge, type Tone } from "@/components/ui/badge";
import { isJobStatus, type JobStatus } from "@/lib/job-lifecycle/statuses";

const tones: Record<JobStatus, Tone> = {
  New: "gray",
  Queued: "gray",
  Activating: "blue",
  Running: "blue",
  Completed: "green",
  Failed: "red",
  Stopping: "amber",
  Stopped: "amber",
  Suspending: "purple",
  Suspended: "purple",
  Resuming: "purple",
};

const moving: ReadonlySet<JobStatus> = new Set(["Activating", "Running", "Stopping", "Suspending", "Resuming"]);

/** Statuses arrive as text from the API; an unknown one (a newer server) still renders, in grey. */
export function JobStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const known = isJobStatus(status) ? status : null;
  return (
    <Badge tone={known ? tones[known] : "gray"}>
      {known && moving.has(known) ? <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-current" /> : null}
      <span data-testid={testId}>{status}</span>
    </Badge>
  );
}
