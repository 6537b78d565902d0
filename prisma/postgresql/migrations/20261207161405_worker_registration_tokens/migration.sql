-- CreateTable
CREATE TABLE "WorkerRegistrationToken" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "createdByUserId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "WorkerRegistrationToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkerRegistrationToken_tokenHash_key" ON "WorkerRegistrationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "WorkerRegistrationToken_groupId_idx" ON "WorkerRegistrationToken"("groupId");

-- AddForeignKey
ALTER TABLE "WorkerRegistrationToken" ADD CONSTRAINT "WorkerRegistrationToken_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
