import { Prisma } from "@/generated/postgresql/client";
import type { Db, DbOrTx } from "@/lib/db";
import { activeStatuses } from "@/lib/jobs/statuses";
import { leaseUntil } from "./lease";
import { sqlDialect } from "./sql-dialect";

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

// The claim moves Queued → Activating (lib/jobs/statuses.ts allows it) in SQL, because it must be a
// single atomic statement; it writes the same timeline row transition-job.ts would.
const fromStatus = "Queued";
const toStatus = "Activating";

/** Serialises claims of jobs whose runbook has a concurrency limit (PostgreSQL), see claimJob. */
const limitedClaimLockKey = "baton:claim-limited-runbook";

/**
 * Claims the oldest queued job of the worker's group whose runbook is below its concurrency limit:
 * sets the worker, a lease and attempts + 1, moves it to Activating and records the timeline row,
 * atomically. Returns null when nothing is claimable.
 *
 * SQLite lets one writer in at a time, so a single UPDATE … WHERE id = (SELECT …) RETURNING is
 * exact, concurrency limit included. PostgreSQL claims with FOR UPDATE SKIP LOCKED so concurrent
 * claimers take different jobs without waiting; but a count of a runbook's running jobs inside that
 * statement reads the statement's snapshot and two claimers could both see "2 of 3". So jobs of
 * unlimited runbooks (the common case) are claimed in one statement, while a pick of a limited
 * runbook's job is redone under a transaction-scoped advisory lock, where the count is exact.
 */
export async function claimJob(db: Db, worker: ClaimingWorker): Promise<ClaimedJob | null> {
  if (sqlDialect(db) === "sqlite") return claimOnSqlite(db, worker);
  const fast = await claimOnPostgres(db, worker, false);
  if (fast.claimed || !fast.pickedLimited) return fast.claimed;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${limitedClaimLockKey}))`;
    return (await claimOnPostgres(tx, worker, true)).claimed;
  });
}

function activeList(): Prisma.Sql {
  return Prisma.join([...activeStatuses]);
}

async function claimOnSqlite(db: Db, worker: ClaimingWorker): Promise<ClaimedJob | null> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<ClaimedJob[]>`
      UPDATE "Job"
         SET "status" = ${toStatus}, "workerId" = ${worker.id}, "leaseExpiresAt" = ${leaseUntil(now)},
             "attempts" = "attempts" + 1, "statusReason" = NULL, "pendingAction" = NULL, "updatedAt" = ${now}
       WHERE "id" = (
         SELECT j."id" FROM "Job" j JOIN "Runbook" rb ON rb."id" = j."runbookId"
          WHERE j."status" = ${fromStatus} AND j."runOn" = ${worker.group}
            AND (rb."concurrencyLimit" IS NULL
                 OR (SELECT count(*) FROM "Job" a WHERE a."runbookId" = j."runbookId" AND a."status" IN (${activeList()})) < rb."concurrencyLimit")
          ORDER BY j."createdAt", j."id"
          LIMIT 1)
      RETURNING "id", "runbookId", "attempts"`;
    const job = rows[0];
    if (!job) return null;
    await tx.jobStatusChange.create({
      data: { jobId: job.id, fromStatus, toStatus, reason: claimReason(worker), actor: `worker:${worker.name}`, at: now },
    });
    return { id: job.id, runbookId: job.runbookId, attempts: Number(job.attempts) };
  });
}

interface PgClaimRow {
  pickedId: string;
  limited: boolean;
  id: string | null;
  runbookId: string | null;
  attempts: number | null;
}

/**
 * One statement: pick (SKIP LOCKED), update, and insert the timeline row. With `claimLimited` false a
 * pick of a limited runbook's job is reported but not claimed.
 */
async function claimOnPostgres(db: DbOrTx, worker: ClaimingWorker, claimLimited: boolean): Promise<{ claimed: ClaimedJob | null; pickedLimited: boolean }> {
  const now = new Date();
  const rows = await db.$queryRaw<PgClaimRow[]>`
    WITH pick AS (
      SELECT j."id", rb."concurrencyLimit" IS NOT NULL AS "limited"
        FROM "Job" j JOIN "Runbook" rb ON rb."id" = j."runbookId"
       WHERE j."status" = ${fromStatus} AND j."runOn" = ${worker.group}
         AND (rb."concurrencyLimit" IS NULL
              OR (SELECT count(*) FROM "Job" a WHERE a."runbookId" = j."runbookId" AND a."status" IN (${activeList()})) < rb."concurrencyLimit")
       ORDER BY j."createdAt", j."id"
       LIMIT 1
       FOR UPDATE OF j SKIP LOCKED
    ), claimed AS (
      UPDATE "Job" SET "status" = ${toStatus}, "workerId" = ${worker.id}, "leaseExpiresAt" = ${leaseUntil(now)},
             "attempts" = "Job"."attempts" + 1, "statusReason" = NULL, "pendingAction" = NULL, "updatedAt" = ${now}
        FROM pick
       WHERE "Job"."id" = pick."id" AND (NOT pick."limited" OR ${claimLimited})
      RETURNING "Job"."id", "Job"."runbookId", "Job"."attempts"
    ), timeline AS (
      INSERT INTO "JobStatusChange" ("jobId", "fromStatus", "toStatus", "reason", "actor", "at")
      SELECT claimed."id", ${fromStatus}, ${toStatus}, ${claimReason(worker)}, ${`worker:${worker.name}`}, ${now} FROM claimed
    )
    SELECT pick."id" AS "pickedId", pick."limited", claimed."id", claimed."runbookId", claimed."attempts"
      FROM pick LEFT JOIN claimed ON claimed."id" = pick."id"`;
  const row = rows[0];
  if (!row) return { claimed: null, pickedLimited: false };
  if (!row.id || !row.runbookId) return { claimed: null, pickedLimited: row.limited };
  return { claimed: { id: row.id, runbookId: row.runbookId, attempts: Number(row.attempts) }, pickedLimited: row.limited };
}

function claimReason(worker: ClaimingWorker): string {
  return `Claimed by worker ${worker.name}`;
}
