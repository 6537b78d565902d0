-- AlterTable: ADD COLUMN, not Prisma's table rebuild, so columns other branches add meanwhile merge cleanly.
ALTER TABLE "Worker" ADD COLUMN "transport" TEXT NOT NULL DEFAULT 'database';
ALTER TABLE "Worker" ADD COLUMN "address" TEXT;
