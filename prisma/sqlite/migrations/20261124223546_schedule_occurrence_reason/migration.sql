-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScheduleOccurrence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scheduleId" TEXT NOT NULL,
    "jobScheduleId" TEXT NOT NULL,
    "occurrenceAt" DATETIME NOT NULL,
    "decision" TEXT NOT NULL,
    "missedCount" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "jobId" TEXT,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScheduleOccurrence_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduleOccurrence_jobScheduleId_fkey" FOREIGN KEY ("jobScheduleId") REFERENCES "JobSchedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduleOccurrence_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ScheduleOccurrence" ("decidedAt", "decision", "id", "jobId", "jobScheduleId", "occurrenceAt", "scheduleId") SELECT "decidedAt", "decision", "id", "jobId", "jobScheduleId", "occurrenceAt", "scheduleId" FROM "ScheduleOccurrence";
DROP TABLE "ScheduleOccurrence";
ALTER TABLE "new_ScheduleOccurrence" RENAME TO "ScheduleOccurrence";
CREATE INDEX "ScheduleOccurrence_scheduleId_occurrenceAt_idx" ON "ScheduleOccurrence"("scheduleId", "occurrenceAt");
CREATE UNIQUE INDEX "ScheduleOccurrence_jobScheduleId_occurrenceAt_key" ON "ScheduleOccurrence"("jobScheduleId", "occurrenceAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
