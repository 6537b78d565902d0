-- CreateTable
CREATE TABLE "WorkerRegistrationToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "createdByUserId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedBy" TEXT,
    "lastUsedAt" DATETIME,
    CONSTRAINT "WorkerRegistrationToken_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkerGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkerRegistrationToken_tokenHash_key" ON "WorkerRegistrationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "WorkerRegistrationToken_groupId_idx" ON "WorkerRegistrationToken"("groupId");
