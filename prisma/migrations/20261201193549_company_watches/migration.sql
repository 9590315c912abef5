-- CreateTable
CREATE TABLE "CompanyWatch" (
    "userId" TEXT NOT NULL,
    "cik" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyWatch_pkey" PRIMARY KEY ("userId","cik")
);

-- CreateTable
CREATE TABLE "FilingNotice" (
    "id" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "filingId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilingNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanyWatch_cik_idx" ON "CompanyWatch"("cik");

-- CreateIndex
CREATE INDEX "FilingNotice_userId_createdAt_idx" ON "FilingNotice"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FilingNotice_userId_filingId_key" ON "FilingNotice"("userId", "filingId");

-- AddForeignKey
ALTER TABLE "CompanyWatch" ADD CONSTRAINT "CompanyWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilingNotice" ADD CONSTRAINT "FilingNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilingNotice" ADD CONSTRAINT "FilingNotice_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
