import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditActorOf, type JobStarter } from "@/lib/jobs/job-starter";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { snapshotDraft } from "@/lib/jobs/snapshot-draft";
import { createQueuedJob, prepareJobStart, type StartJobOptions } from "@/lib/jobs/start-job";
import { startDebugSchema, type StartDebugInput } from "./start-debug-schema";

/** POST /api/v1/runbooks/{runbookId}/draft/debug: the session's job and the worker group it runs on. */
export const startedDebugSessionView = z.object({ jobId: z.string(), runOn: z.string() });
export type StartedDebugSession = z.infer<typeof startedDebugSessionView>;

/**
 * Runs the draft as a test job under PowerShell's debugger, for the one user who starts it: the same
 * checks and snapshot as a test run (lib/jobs/start-draft-test.ts), and in the job's own transaction
 * its DebugSession, the starting breakpoints (as the session's first `setBreakpoints` command, which
 * the worker puts in the job's spec) and the `debug.start` audit event, so a worker that claims the
 * job always finds the session.
 */
export async function startDebugSession(db: Db, runbookId: string, rawInput: StartDebugInput, startedBy: JobStarter, sourceAddress: string | null = null): Promise<StartedDebugSession> {
  const { verbose, debug, breakpoints, ...input } = startDebugSchema.parse(rawInput);
  if (startedBy.kind !== "user" && startedBy.kind !== "token") throw new AppError("forbidden", "Only a person (signed in or through an API token) can debug a runbook");
  const userId = startedBy.userId;
  const snapshot = await snapshotDraft(db, runbookId, startedBy.name);
  try {
    const options: StartJobOptions = { runbookId, input, startedBy, test: { runbookVersionId: snapshot.id, logVerbose: verbose, logDebug: debug }, sourceAddress };
    const prepared = await prepareJobStart(db, options);
    const started = await db.$transaction(async (tx) => {
      const job = await createQueuedJob(tx, prepared, options);
      await tx.debugSession.create({ data: { jobId: job.jobId, userId } });
      if (breakpoints.length > 0) {
        await tx.debugMessage.create({ data: { jobId: job.jobId, direction: "command", body: { command: "setBreakpoints", breakpoints } as Prisma.InputJsonObject } });
      }
      await recordAuditEvent(tx, {
        actor: auditActorOf(startedBy),
        action: "debug.start",
        target: { type: "job", id: job.jobId, name: prepared.runbookName },
        sourceAddress,
        details: { runbookId, breakpoints: breakpoints.length },
      });
      return job;
    });
    await notifyJobQueued(db, started.runOn);
    return started;
  } catch (err) {
    // A refused start (bad parameters, unknown group) leaves no snapshot behind.
    await db.runbookVersion.deleteMany({ where: { id: snapshot.id } });
    throw err;
  }
}
