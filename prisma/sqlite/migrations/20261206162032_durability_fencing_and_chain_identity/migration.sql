-- Fencing of worker writes (attemptRecords, lostStreamRecords) and the identity a job chain acts as.
-- AlterTable
ALTER TABLE "Job" ADD COLUMN "actingTokenId" TEXT;
ALTER TABLE "Job" ADD COLUMN "actingUserId" TEXT;
ALTER TABLE "Job" ADD COLUMN "attemptRecords" INTEGER;
ALTER TABLE "Job" ADD COLUMN "lostStreamRecords" INTEGER;

-- AlterTable
ALTER TABLE "JobSchedule" ADD COLUMN "createdByUserId" TEXT;

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN "createdByUserId" TEXT;

-- Backfill what can be known: webhooks were created, and schedules (so their links) by the user the
-- name column records. A running job acts as the user who started it, or as its webhook's or
-- schedule link's user, or as its parent's. A chain whose identity cannot be found has no rights.
-- (No semicolons in these comments: the PostgreSQL adapter splits the script at every one.)
UPDATE "Webhook" SET "createdByUserId" = (SELECT u."id" FROM "User" u WHERE u."username" = "Webhook"."createdBy");
UPDATE "JobSchedule" SET "createdByUserId" = (
  SELECT u."id" FROM "User" u JOIN "Schedule" s ON s."createdBy" = u."username" WHERE s."id" = "JobSchedule"."scheduleId");
UPDATE "Job" SET "actingUserId" = "startedByUserId" WHERE "startedByUserId" IS NOT NULL;
UPDATE "Job" SET "actingUserId" = (SELECT w."createdByUserId" FROM "Webhook" w WHERE w."id" = "Job"."webhookId")
 WHERE "startedByKind" = 'webhook';
UPDATE "Job" SET "actingUserId" = (
  SELECT l."createdByUserId" FROM "JobSchedule" l WHERE l."scheduleId" = "Job"."scheduleId" AND l."runbookId" = "Job"."runbookId")
 WHERE "startedByKind" = 'schedule';
UPDATE "Job" SET "actingUserId" = (SELECT p."actingUserId" FROM "Job" p WHERE p."id" = "Job"."parentJobId")
 WHERE "startedByKind" = 'job';
