-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "orphanedAt" TIMESTAMP(3);
