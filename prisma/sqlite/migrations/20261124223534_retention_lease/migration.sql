-- CreateTable
CREATE TABLE "MaintenanceLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT,
    "heldUntil" DATETIME,
    "nextRunAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Job_status_endedAt_idx" ON "Job"("status", "endedAt");
