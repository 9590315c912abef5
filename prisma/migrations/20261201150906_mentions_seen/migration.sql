-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mentionsSeenAt" TIMESTAMP(3);
