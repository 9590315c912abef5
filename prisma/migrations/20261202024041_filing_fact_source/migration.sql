-- AlterTable
ALTER TABLE "FilingFact" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'inline';
