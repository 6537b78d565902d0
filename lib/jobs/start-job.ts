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
  /** The job this start reruns, already checked (lib/jobs/check-rerun-of.ts). */
  rerunOfJobId?: string;
}

export { defaultWorkerGroup };

/**
 * Creates a job for the runbook's published version (or a test snapshot), queues it, records
 * `job.start` in the same transaction, and wakes the workers of its group. Returns the new job's id.
 */
export async function startJob(db: Db, options: StartJobOptions): Promise<{ jobId: string; runOn: string }> {
  const prepared = await prepareJobStart(db, options);
  const started = await db.$transaction((tx) => createQueuedJob(tx, prepared, options));
  await notifyJobQueued(db, started.runOn);
  return started;
}

/** What a start was checked against: the version its job will run and its parameters as checked. */
export interface PreparedJobStart {
  runbookName: string;
  versionId: string;
  parameters: Record<string, unknown>;
  runOn: string | null;
}

/**
 * startJob's reads and its parameter check, outside any transaction: PowerShell checks the values
 * (lib/jobs/check-job-parameters.ts), which takes milliseconds, or seconds when the helper starts, and
 * must not hold the database's write lock meanwhile. The job is then created for the version checked.
 */
export async function prepareJobStart(db: DbOrTx, options: StartJobOptions): Promise<PreparedJobStart> {
  const input = startJobSchema.parse(options.input);
  const runbook = await db.runbook.findUnique({ where: { id: options.runbookId }, select: { name: true, publishedVersionId: true, defaultRunOn: true } });
  if (!runbook) throw notFound("Runbook");
  const versionId = options.test?.runbookVersionId ?? runbook.publishedVersionId;
  if (!versionId) throw conflict(`Runbook ${runbook.name} has no published version`);
  const version = await db.runbookVersion.findFirst({ where: { id: versionId, runbookId: options.runbookId }, select: { id: true, content: true } });
  if (!version) throw notFound("Runbook version");
  const parameters = await checkJobParameters(runbook.name, version.content, input.parameters ?? {});
  return { runbookName: runbook.name, versionId: version.id, parameters, runOn: input.runOn ?? runbook.defaultRunOn ?? null };
}

/**
 * startJob's writes inside the caller's transaction, for callers that record something in the same
 * transaction (a schedule occurrence). The caller wakes the workers after committing.
 */
export async function createQueuedJob(db: DbOrTx, prepared: PreparedJobStart, options: StartJobOptions): Promise<{ jobId: string; runOn: string }> {
  const runOn = prepared.runOn ?? defaultWorkerGroup;
  await assertWorkerGroupExists(db, runOn);

  const starter = options.startedBy;
  const actor = `${starter.kind}:${starter.name}`;
  const acting = await actingIdentityOf(db, starter);
  const reason = options.rerunOfJobId ? `Rerun of job ${options.rerunOfJobId.slice(0, 8)} by ${starter.name}` : `Started by ${starter.name}`;
  const job = await db.job.create({
    data: {
      runbookId: options.runbookId,
      runbookVersionId: prepared.versionId,
      isTest: Boolean(options.test),
      logVerbose: options.test?.logVerbose ?? null,
      logDebug: options.test?.logDebug ?? null,
      status: "New",
      parameters: prepared.parameters as Prisma.InputJsonObject,
      startedByKind: starter.kind,
      startedByName: starter.name,
      startedByUserId: "userId" in starter ? starter.userId : null,
      scheduleId: starter.kind === "schedule" ? starter.scheduleId : null,
      webhookId: starter.kind === "webhook" ? starter.webhookId : null,
      parentJobId: starter.kind === "job" ? starter.parentJobId : null,
      actingUserId: acting.userId,
      actingTokenId: acting.tokenId,
      rerunOfJobId: options.rerunOfJobId ?? null,
      runOn,
      statusChanges: { create: { fromStatus: null, toStatus: "New", reason, actor } },
    },
    select: { id: true },
  });
  await transitionJob(db, job.id, "Queued", { actor, reason: null });
  await recordAuditEvent(db, {
    actor: auditActorOf(starter),
    action: "job.start",
    target: { type: "job", id: job.id, name: prepared.runbookName },
    sourceAddress: options.sourceAddress,
    details: { runbookId: options.runbookId, runOn, test: Boolean(options.test), ...(options.rerunOfJobId ? { rerunOfJobId: options.rerunOfJobId } : {}) },
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
