-- AlterTable
ALTER TABLE "Runbook" ADD COLUMN     "hostMode" TEXT;

-- AlterTable
ALTER TABLE "WorkerGroup" ADD COLUMN     "hostMode" TEXT NOT NULL DEFAULT 'process';
