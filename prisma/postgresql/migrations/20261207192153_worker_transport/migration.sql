-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "address" TEXT,
ADD COLUMN     "transport" TEXT NOT NULL DEFAULT 'database';
