-- AlterTable
ALTER TABLE "Runbook" ADD COLUMN "hostMode" TEXT;

-- AlterTable: ADD COLUMN, not Prisma's table rebuild, so columns other branches add meanwhile merge cleanly.
ALTER TABLE "WorkerGroup" ADD COLUMN "hostMode" TEXT NOT NULL DEFAULT 'process';
