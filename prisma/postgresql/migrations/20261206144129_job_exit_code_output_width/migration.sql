-- AlterTable
ALTER TABLE "AdminSettings" ADD COLUMN     "outputWidth" INTEGER NOT NULL DEFAULT 120;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "exitCode" INTEGER;
