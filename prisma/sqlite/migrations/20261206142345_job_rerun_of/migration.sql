-- AlterTable: ADD COLUMN, not Prisma's table rebuild, so columns other branches add meanwhile merge cleanly.
ALTER TABLE "Job" ADD COLUMN "rerunOfJobId" TEXT REFERENCES "Job" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Job_rerunOfJobId_idx" ON "Job"("rerunOfJobId");
