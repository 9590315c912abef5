-- AlterTable
ALTER TABLE "FilingNotice" ADD COLUMN     "details" TEXT[] DEFAULT ARRAY[]::TEXT[];
