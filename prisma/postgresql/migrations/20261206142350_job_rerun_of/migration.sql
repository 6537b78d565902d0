-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "rerunOfJobId" TEXT;

-- CreateIndex
CREATE INDEX "Job_rerunOfJobId_idx" ON "Job"("rerunOfJobId");

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_rerunOfJobId_fkey" FOREIGN KEY ("rerunOfJobId") REFERENCES "Job"("id") ON DELETE SET NULL ON UPDATE CASCADE;
