-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "accessionNumber" TEXT,
ADD COLUMN     "cik" TEXT,
ADD COLUMN     "filingDate" TEXT,
ADD COLUMN     "periodOfReport" TEXT,
ADD COLUMN     "tickers" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Filing_accessionNumber_idx" ON "Filing"("accessionNumber");

-- CreateIndex
CREATE INDEX "Filing_textHash_idx" ON "Filing"("textHash");

-- CreateIndex
CREATE INDEX "Filing_company_idx" ON "Filing"("company");
