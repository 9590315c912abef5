-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "importedById" TEXT;

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
