-- CreateTable
CREATE TABLE "MaintenanceLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT,
    "heldUntil" TIMESTAMP(3),
    "nextRunAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaintenanceLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Job_status_endedAt_idx" ON "Job"("status", "endedAt");
