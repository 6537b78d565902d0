import type { Prisma } from "@/generated/postgresql/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, DbOrTx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { assertWorkerGroupExists, defaultWorkerGroup } from "./assert-worker-group-exists";
import { checkJobParameters } from "./check-job-parameters";
import { auditActorOf, type JobStarter } from "./job-starter";
import { notifyJobQueued } from "./notify-job-queued";
import { startJobSchema, type StartJobInput } from "./start-job-schema";
import { transitionJob } from "./transition-job";

export interface StartJobOptions {
  runbookId: string;
  input: StartJobInput;
  startedBy: JobStarter;
  /** Test jobs run a snapshot of the draft instead of the published version, optionally with Verbose/Debug captured. */
  test?: { runbookVersionId: string; logVerbose?: boolean; logDebug?: boolean };
  /** The caller's address for the audit log, when the start came over HTTP. */
  sourceAddress?: string | null;
}

export { defaultWorkerGroup };

/**
 * Creates a job for the runbook's published version (or a test snapshot), queues it, records
 * `job.start` in the same transaction, and wakes the workers of its group. Returns the new job's id.
 */
export async function startJob(db: Db, options: StartJobOptions): Promise<{ jobId: string; runOn: string }> {
  const started = await db.$transaction((tx) => createQueuedJob(tx, options));
  await notifyJobQueued(db, started.runOn);
  return started;
}

/**
 * startJob's checks and writes inside the caller's transaction, for callers that record something
 * in the same transaction (a schedule occurrence). The caller wakes the workers after committing.
 */
export async function createQueuedJob(db: DbOrTx, options: StartJobOptions): Promise<{ jobId: string; runOn: string }> {
  const input = startJobSchema.parse(options.input);
  const runbook = await db.runbook.findUnique({
    where: { id: options.runbookId },
    select: { name: true, publishedVersionId: true, defaultRunOn: true },
  });
  if (!runbook) throw notFound("Runbook");
  const versionId = options.test?.runbookVersionId ?? runbook.publishedVersionId;
  if (!versionId) throw conflict(`Runbook ${runbook.name} has no published version`);
  const version = await db.runbookVersion.findFirst({ where: { id: versionId, runbookId: options.runbookId }, select: { id: true, parameters: true } });
  if (!version) throw notFound("Runbook version");
  const parameters = checkJobParameters(runbook.name, version.parameters, input.parameters ?? {});

  const runOn = input.runOn ?? runbook.defaultRunOn ?? defaultWorkerGroup;
  await assertWorkerGroupExists(db, runOn);

  const starter = options.startedBy;
  const actor = `${starter.kind}:${starter.name}`;
  const acting = await actingIdentityOf(db, starter);
  const job = await db.job.create({
    data: {
      runbookId: options.runbookId,
      runbookVersionId: version.id,
      isTest: Boolean(options.test),
      logVerbose: options.test?.logVerbose ?? null,
      logDebug: options.test?.logDebug ?? null,
      status: "New",
      parameters: parameters as Prisma.InputJsonObject,
      startedByKind: starter.kind,
      startedByName: starter.name,
      startedByUserId: "userId" in starter ? starter.userId : null,
      scheduleId: starter.kind === "schedule" ? starter.scheduleId : null,
      webhookId: starter.kind === "webhook" ? starter.webhookId : null,
      parentJobId: starter.kind === "job" ? starter.parentJobId : null,
      actingUserId: acting.userId,
      actingTokenId: acting.tokenId,
      runOn,
      statusChanges: { create: { fromStatus: null, toStatus: "New", reason: `Started by ${starter.name}`, actor } },
    },
    select: { id: true },
  });
  await transitionJob(db, job.id, "Queued", { actor, reason: null });
  await recordAuditEvent(db, {
    actor: auditActorOf(starter),
    action: "job.start",
    target: { type: "job", id: job.id, name: runbook.name },
    sourceAddress: options.sourceAddress,
    details: { runbookId: options.runbookId, runOn, test: Boolean(options.test) },
  });
  return { jobId: job.id, runOn };
}

/**
 * The identity a job's automation calls act as (Job.actingUserId / actingTokenId): whoever started
 * the chain's root job. A child inherits its parent's, so a runbook can never reach further than the
 * person or token that set it going (lib/automation/acting-principal.ts).
 */
async function actingIdentityOf(db: DbOrTx, starter: JobStarter): Promise<{ userId: string | null; tokenId: string | null }> {
  switch (starter.kind) {
    case "user":
      return { userId: starter.userId, tokenId: null };
    case "token":
      return { userId: starter.userId, tokenId: starter.tokenId };
    case "schedule":
    case "webhook":
      return { userId: starter.actingUserId, tokenId: null };
    case "job": {
      const parent = await db.job.findUnique({ where: { id: starter.parentJobId }, select: { actingUserId: true, actingTokenId: true } });
      if (!parent) throw notFound("Parent job");
      return { userId: parent.actingUserId, tokenId: parent.actingTokenId };
    }
  }
}
