-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN "rateCheckedAt" DATETIME;
ALTER TABLE "Webhook" ADD COLUMN "rateTokens" REAL;
