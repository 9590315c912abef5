-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "sourceContent" TEXT;
