-- CreateTable
CREATE TABLE "DebugSession" (
    "jobId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'starting',
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "DebugSession_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebugSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebugMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    CONSTRAINT "DebugMessage_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "DebugSession" ("jobId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RunbookBreakpoints" (
    "runbookId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "breakpoints" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("runbookId", "userId"),
    CONSTRAINT "RunbookBreakpoints_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RunbookBreakpoints_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AdminSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "jobRetentionDays" INTEGER NOT NULL DEFAULT 90,
    "maxJobRecords" INTEGER NOT NULL DEFAULT 100000,
    "defaultJobTimeoutSeconds" INTEGER NOT NULL DEFAULT 10800,
    "maxJobOutputBytes" INTEGER NOT NULL DEFAULT 52428800,
    "auditRetentionDays" INTEGER NOT NULL DEFAULT 365,
    "outputWidth" INTEGER NOT NULL DEFAULT 120,
    "debugIdleTimeoutMinutes" INTEGER NOT NULL DEFAULT 15,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT
);
INSERT INTO "new_AdminSettings" ("auditRetentionDays", "defaultJobTimeoutSeconds", "id", "jobRetentionDays", "maxJobOutputBytes", "maxJobRecords", "outputWidth", "updatedAt", "updatedBy") SELECT "auditRetentionDays", "defaultJobTimeoutSeconds", "id", "jobRetentionDays", "maxJobOutputBytes", "maxJobRecords", "outputWidth", "updatedAt", "updatedBy" FROM "AdminSettings";
DROP TABLE "AdminSettings";
ALTER TABLE "new_AdminSettings" RENAME TO "AdminSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DebugSession_userId_idx" ON "DebugSession"("userId");

-- CreateIndex
CREATE INDEX "DebugMessage_jobId_id_idx" ON "DebugMessage"("jobId", "id");

-- CreateIndex
CREATE INDEX "DebugMessage_jobId_direction_id_idx" ON "DebugMessage"("jobId", "direction", "id");

-- CreateIndex
CREATE INDEX "DebugMessage_jobId_direction_deliveredAt_id_idx" ON "DebugMessage"("jobId", "direction", "deliveredAt", "id");

-- CreateIndex
CREATE INDEX "RunbookBreakpoints_userId_idx" ON "RunbookBreakpoints"("userId");
