-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "logDebug" BOOLEAN,
ADD COLUMN     "logVerbose" BOOLEAN;
