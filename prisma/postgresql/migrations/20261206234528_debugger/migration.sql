-- AlterTable
ALTER TABLE "AdminSettings" ADD COLUMN     "debugIdleTimeoutMinutes" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "DebugSession" (
    "jobId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'starting',
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "DebugSession_pkey" PRIMARY KEY ("jobId")
);

-- CreateTable
CREATE TABLE "DebugMessage" (
    "id" SERIAL NOT NULL,
    "jobId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "DebugMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunbookBreakpoints" (
    "runbookId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "breakpoints" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RunbookBreakpoints_pkey" PRIMARY KEY ("runbookId","userId")
);

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

-- AddForeignKey
ALTER TABLE "DebugSession" ADD CONSTRAINT "DebugSession_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebugSession" ADD CONSTRAINT "DebugSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebugMessage" ADD CONSTRAINT "DebugMessage_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "DebugSession"("jobId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookBreakpoints" ADD CONSTRAINT "RunbookBreakpoints_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookBreakpoints" ADD CONSTRAINT "RunbookBreakpoints_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
