import type { Db } from "@/lib/db";
import { watchJobActivity } from "@/lib/db/job-activity-listener";
import { isTransientDbError } from "@/lib/db/transient-error";
import { endDebugSession } from "@/lib/debug/end-debug-session";
import { markDebugCommandsDelivered } from "@/lib/debug/mark-debug-commands-delivered";
import { markDebugSessionRunning } from "@/lib/debug/mark-debug-session-running";
import { readDebugCommands } from "@/lib/debug/read-debug-commands";
import { recordDebugEvent } from "@/lib/debug/record-debug-event";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { listActiveModuleVersions } from "@/lib/modules/list-active-module-versions";
import { readVersionArchive } from "@/lib/modules/read-version-archive";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { completeJob } from "@/lib/queue/complete-job";
import { endStoppedJob } from "@/lib/queue/end-stopped-job";
import { failJob } from "@/lib/queue/fail-job";
import { isStoppingOnWorker } from "@/lib/queue/is-stopping-on-worker";
import { markJobRunning } from "@/lib/queue/mark-job-running";
import { markJobStopping } from "@/lib/queue/mark-job-stopping";
import { prepareClaimedJob } from "@/lib/queue/prepare-claimed-job";
import { releaseJob } from "@/lib/queue/release-job";
import { renewLeases } from "@/lib/queue/renew-leases";
import { recordWorkerHeartbeat } from "@/lib/workers/record-worker-heartbeat";
import { registerWorker } from "@/lib/workers/register-worker";
import type { WorkerTransport } from "./worker-transport";

/** A worker with `DATABASE_URL`: every verb is the lib/ function itself, on the worker's own connection. */
export function directTransport(db: Db): WorkerTransport {
  return {
    kind: "database",
    claimsWait: false,
    isTransient: isTransientDbError,
    register: (registration) => registerWorker(db, registration),
    heartbeat: (workerId, state) => recordWorkerHeartbeat(db, workerId, state),
    renewLeases: (workerId, held) => renewLeases(db, workerId, held),
    claimJobs: (worker, max) => claimJobs(db, worker, max),
    prepareClaimedJob: (held) => prepareClaimedJob(db, held),
    isStoppingOnWorker: (held) => isStoppingOnWorker(db, held),
    markJobRunning: (held) => markJobRunning(db, held),
    markJobStopping: (held, reason) => markJobStopping(db, held, reason),
    completeJob: (held, exitCode) => completeJob(db, held, exitCode),
    failJob: (held, failure) => failJob(db, held, failure),
    endStoppedJob: (held) => endStoppedJob(db, held),
    async requeueJob(held, reason, group) {
      await releaseJob(db, held, reason);
      await notifyJobQueued(db, group);
    },
    appendJobStreams: (held, records, maxOutputBytes, firstIndex) => appendJobStreams(db, held.jobId, records, maxOutputBytes, { held, firstIndex }),
    listActiveModules: () => listActiveModuleVersions(db),
    readModuleArchive: (versionId) => readVersionArchive(db, versionId),
    debug: {
      readCommands: (held, handed) => readDebugCommands(db, held.jobId, handed),
      markCommandsDelivered: (held, ids) => markDebugCommandsDelivered(db, held, ids),
      markRunning: (held) => markDebugSessionRunning(db, held),
      recordEvent: (held, event) => recordDebugEvent(db, held, event),
      end: (held, reason) => endDebugSession(db, held, reason),
      watchActivity: (held, polling) => watchJobActivity(db, held.jobId, polling),
    },
  };
}
