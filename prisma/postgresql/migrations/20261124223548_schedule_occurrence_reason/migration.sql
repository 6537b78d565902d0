-- AlterTable
ALTER TABLE "ScheduleOccurrence" ADD COLUMN     "missedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reason" TEXT;
