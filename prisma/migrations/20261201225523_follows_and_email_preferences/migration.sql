-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailOnFollow" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "emailOnMention" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Follow" (
    "id" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "filingId" UUID,
    "workspaceId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowNotice" (
    "id" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "annotationId" UUID NOT NULL,
    "commentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Follow_filingId_idx" ON "Follow"("filingId");

-- CreateIndex
CREATE INDEX "Follow_workspaceId_idx" ON "Follow"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_filingId_key" ON "Follow"("userId", "filingId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_workspaceId_key" ON "Follow"("userId", "workspaceId");

-- CreateIndex
CREATE INDEX "FollowNotice_userId_createdAt_idx" ON "FollowNotice"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowNotice_annotationId_idx" ON "FollowNotice"("annotationId");

-- CreateIndex
CREATE INDEX "FollowNotice_commentId_idx" ON "FollowNotice"("commentId");

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A follow is of a filing or of a workspace, never both or neither (Prisma cannot say it).
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_one_target" CHECK (("filingId" IS NULL) <> ("workspaceId" IS NULL));

-- What a notice tells of (the reader's words for it).
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_kind" CHECK ("kind" IN ('note', 'reply', 'resolved'));
