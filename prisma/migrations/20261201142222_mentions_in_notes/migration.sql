-- AlterTable
ALTER TABLE "Mention" DROP CONSTRAINT "Mention_pkey",
ADD COLUMN     "annotationId" UUID,
ADD COLUMN     "id" UUID NOT NULL DEFAULT gen_random_uuid(),
ALTER COLUMN "commentId" DROP NOT NULL,
ADD CONSTRAINT "Mention_pkey" PRIMARY KEY ("id");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_commentId_userId_key" ON "Mention"("commentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_annotationId_userId_key" ON "Mention"("annotationId", "userId");

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A mention is of a reply or of a note's own text, never both, never neither.
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_one_target" CHECK (("commentId" IS NULL) <> ("annotationId" IS NULL));
