-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "rateCheckedAt" TIMESTAMP(3),
ADD COLUMN     "rateTokens" DOUBLE PRECISION;
