import { Prisma } from "@/generated/postgresql/client";
import type { Db, DbOrTx, Tx } from "@/lib/db";
import { activeStatuses } from "@/lib/job-lifecycle/statuses";
import { leaseUntil } from "./lease";
import { sqlDialect } from "@/lib/db/sql-dialect";

export interface ClaimingWorker {
  id: string;
  name: string;
  group: string;
}

export interface ClaimedJob {
  id: string;
  runbookId: string;
  attempts: number;
}

// The claim moves Queued → Activating (lib/job-lifecycle/statuses.ts allows it) in SQL, because it must be
// atomic with the pick; it writes the same timeline row transition-job.ts would.
const fromStatus = "Queued";
const toStatus = "Activating";

/** Serialises claims of jobs whose runbook has a concurrency limit (PostgreSQL), see claimJobs. */
/** Bounds the work of one claim call when many limited runbooks' jobs sit at the head of the queue. */
const maxPasses = 4;
const limitedClaimLockKey = "baton:claim-limited-runbook";

/**
 * Claims up to `max` of the oldest queued jobs of the worker's group whose runbook is below its
 * concurrency limit: sets the worker, a lease and attempts + 1 (the fence of the worker's writes,
 * lib/jobs/held-attempt.ts; the attempt's stored-record count starts again), moves each to Activating and records
 * its timeline row, atomically. Returns [] when nothing is claimable.
 *
 * PostgreSQL claims in one statement with FOR UPDATE SKIP LOCKED, so concurrent workers take
 * different jobs without waiting, and a worker with several free slots fills them in one round
 * trip. A count of a runbook's running jobs inside that statement reads the statement's snapshot,
 * though, so two workers could both see "2 of 3" (and a batch cannot count its own rows). So that
 * statement claims only jobs of unlimited runbooks (the common case); when it meets a limited
 * runbook's job, one job is claimed again under a transaction-scoped advisory lock, in a statement
 * whose snapshot follows the lock, where the count is exact.
 *
 * SQLite lets one writer in at a time: each UPDATE … WHERE id = (SELECT …) RETURNING is exact,
 * limit included; up to `max` of them run in one transaction.
 *
 * Both walk the (status, runOn, createdAt) index in order and stop at the first claimable jobs. The
 * runbook's limit is a scalar subquery per candidate on purpose: written as a join, PostgreSQL
 * flattens it into a hash join and sorts the whole queue on every claim.
 */
export async function claimJobs(db: Db, worker: ClaimingWorker, max = 1): Promise<ClaimedJob[]> {
  if (max < 1) return [];
  if (sqlDialect(db) === "sqlite") {
    // An idle worker polls once a second: one cheap read instead of an empty write transaction.
    const waiting = await db.job.findFirst({ where: { status: fromStatus, runOn: worker.group }, select: { id: true } });
    return waiting ? db.$transaction((tx) => claimOnSqlite(tx, worker, max)) : [];
  }
  const claimed: ClaimedJob[] = [];
  // A pass that met a limited runbook's job claims one such job exactly, then looks again for the
  // remaining slots (the limited job it met may still be claimable, or now filtered out).
  for (let pass = 0; pass < maxPasses && claimed.length < max; pass++) {
    const fast = await claimOnPostgres(db, worker, max - claimed.length, false);
    claimed.push(...fast.claimed);
    if (claimed.length === max || !fast.pickedLimited) break;
    const limited = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${limitedClaimLockKey}))`;
      return (await claimOnPostgres(tx, worker, 1, true)).claimed;
    });
    claimed.push(...limited);
    if (limited.length === 0) break;
  }
  return claimed;
}

function activeList(): Prisma.Sql {
  return Prisma.join([...activeStatuses]);
}

async function claimOnSqlite(tx: Tx, worker: ClaimingWorker, max: number): Promise<ClaimedJob[]> {
  const claimed: ClaimedJob[] = [];
  while (claimed.length < max) {
    const now = new Date();
    const rows = await tx.$queryRaw<ClaimedJob[]>`
      UPDATE "Job"
         SET "status" = ${toStatus}, "workerId" = ${worker.id}, "leaseExpiresAt" = ${leaseUntil(now)},
             "attempts" = "attempts" + 1, "attemptRecords" = NULL, "statusReason" = NULL, "pendingAction" = NULL, "updatedAt" = ${now}
       WHERE "id" = (
         SELECT j."id" FROM "Job" j
          WHERE j."status" = ${fromStatus} AND j."runOn" = ${worker.group}
            AND (SELECT r."concurrencyLimit" IS NULL
                     OR (SELECT count(*) FROM "Job" a WHERE a."runbookId" = j."runbookId" AND a."status" IN (${activeList()})) < r."concurrencyLimit"
                   FROM "Runbook" r WHERE r."id" = j."runbookId")
          ORDER BY j."createdAt"
          LIMIT 1)
      RETURNING "id", "runbookId", "attempts"`;
    const job = rows[0];
    if (!job) break;
    await tx.jobStatusChange.create({ data: { jobId: job.id, fromStatus, toStatus, reason: claimReason(worker), actor: actorOf(worker), at: now } });
    claimed.push({ id: job.id, runbookId: job.runbookId, attempts: Number(job.attempts) });
  }
  return claimed;
}

interface PgClaimRow {
  limited: boolean;
  id: string | null;
  runbookId: string | null;
  attempts: number | null;
}

/**
 * One statement: pick (SKIP LOCKED), update, insert the timeline rows. With `claimLimited` false,
 * picked jobs of limited runbooks are reported (pickedLimited) but not claimed.
 */
async function claimOnPostgres(db: DbOrTx, worker: ClaimingWorker, max: number, claimLimited: boolean): Promise<{ claimed: ClaimedJob[]; pickedLimited: boolean }> {
  const now = new Date();
  const rows = await db.$queryRaw<PgClaimRow[]>`
    WITH pick AS (
      SELECT j."id", (SELECT r."concurrencyLimit" IS NOT NULL FROM "Runbook" r WHERE r."id" = j."runbookId") AS "limited"
        FROM "Job" j
       WHERE j."status" = ${fromStatus} AND j."runOn" = ${worker.group}
         AND (SELECT r."concurrencyLimit" IS NULL
                  OR (SELECT count(*) FROM "Job" a WHERE a."runbookId" = j."runbookId" AND a."status" IN (${activeList()})) < r."concurrencyLimit"
                FROM "Runbook" r WHERE r."id" = j."runbookId")
       ORDER BY j."createdAt"
       LIMIT ${max}
       FOR UPDATE OF j SKIP LOCKED
    ), claimed AS (
      UPDATE "Job" SET "status" = ${toStatus}, "workerId" = ${worker.id}, "leaseExpiresAt" = ${leaseUntil(now)},
             "attempts" = "Job"."attempts" + 1, "attemptRecords" = NULL, "statusReason" = NULL, "pendingAction" = NULL, "updatedAt" = ${now}
        FROM pick
       WHERE "Job"."id" = pick."id" AND (NOT pick."limited" OR ${claimLimited})
      RETURNING "Job"."id", "Job"."runbookId", "Job"."attempts", "Job"."createdAt"
    ), timeline AS (
      INSERT INTO "JobStatusChange" ("jobId", "fromStatus", "toStatus", "reason", "actor", "at")
      SELECT claimed."id", ${fromStatus}, ${toStatus}, ${claimReason(worker)}, ${actorOf(worker)}, ${now} FROM claimed
    )
    SELECT pick."limited", claimed."id", claimed."runbookId", claimed."attempts"
      FROM pick LEFT JOIN claimed ON claimed."id" = pick."id"
     ORDER BY claimed."createdAt"`;
  const claimed = rows.filter((r) => r.id && r.runbookId).map((r) => ({ id: r.id!, runbookId: r.runbookId!, attempts: Number(r.attempts) }));
  return { claimed, pickedLimited: rows.some((r) => r.limited && !r.id) };
}

function claimReason(worker: ClaimingWorker): string {
  return `Claimed by worker ${worker.name}`;
}

function actorOf(worker: ClaimingWorker): string {
  return `worker:${worker.name}`;
}
