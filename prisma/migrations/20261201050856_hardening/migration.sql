-- Hardening (issue 14): sign-in delays instead of a lockout, revocable invites and removals
-- that outlast old invite links, recorded risk-category changes, and replies whose parent
-- must exist in the same thread.

-- Failure counters are short-lived; start them afresh under the new column.
DELETE FROM "SignInThrottle";

-- Replies pointing at a missing reply, or at a reply of another thread, become top-level.
UPDATE "Comment" SET "parentId" = NULL
WHERE "parentId" IS NOT NULL AND "parentId" NOT IN (SELECT "id" FROM "Comment");
UPDATE "Comment" AS reply SET "parentId" = NULL
FROM "Comment" AS parent
WHERE reply."parentId" = parent."id" AND parent."annotationId" <> reply."annotationId";

-- Invites whose creator no longer exists cannot be shown with their creator: they go.
DELETE FROM "WorkspaceInvite" WHERE "createdById" NOT IN (SELECT "id" FROM "User");

-- AlterTable
ALTER TABLE "SignInThrottle" DROP COLUMN "windowStart",
ADD COLUMN     "lastFailureAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "WorkspaceInvite" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RiskCategoryChange" (
    "id" UUID NOT NULL,
    "riskFactorId" UUID NOT NULL,
    "userId" TEXT,
    "from" TEXT,
    "to" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskCategoryChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceRemoval" (
    "workspaceId" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceRemoval_pkey" PRIMARY KEY ("workspaceId","userId")
);

-- CreateIndex
CREATE INDEX "RiskCategoryChange_riskFactorId_createdAt_idx" ON "RiskCategoryChange"("riskFactorId", "createdAt");

-- AddForeignKey
ALTER TABLE "RiskCategoryChange" ADD CONSTRAINT "RiskCategoryChange_riskFactorId_fkey" FOREIGN KEY ("riskFactorId") REFERENCES "RiskFactor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskCategoryChange" ADD CONSTRAINT "RiskCategoryChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceInvite" ADD CONSTRAINT "WorkspaceInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceRemoval" ADD CONSTRAINT "WorkspaceRemoval_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceRemoval" ADD CONSTRAINT "WorkspaceRemoval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
