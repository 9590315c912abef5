-- CreateIndex
CREATE INDEX "Annotation_filingId_authorId_idx" ON "Annotation"("filingId", "authorId");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");
