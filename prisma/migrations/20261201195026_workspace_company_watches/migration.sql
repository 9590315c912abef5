-- AlterTable (watches already there get an id: the default is dropped again below)
ALTER TABLE "CompanyWatch" DROP CONSTRAINT "CompanyWatch_pkey",
ADD COLUMN     "id" UUID NOT NULL DEFAULT gen_random_uuid(),
ADD COLUMN     "workspaceId" UUID,
ALTER COLUMN "userId" DROP NOT NULL,
ADD CONSTRAINT "CompanyWatch_pkey" PRIMARY KEY ("id");
ALTER TABLE "CompanyWatch" ALTER COLUMN "id" DROP DEFAULT;

-- CreateIndex
CREATE UNIQUE INDEX "CompanyWatch_userId_cik_key" ON "CompanyWatch"("userId", "cik");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyWatch_workspaceId_cik_key" ON "CompanyWatch"("workspaceId", "cik");

-- AddForeignKey
ALTER TABLE "CompanyWatch" ADD CONSTRAINT "CompanyWatch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
