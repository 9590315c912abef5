-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Filing" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "fiscalYear" INTEGER,
    "sourceFileName" TEXT NOT NULL,
    "canonicalText" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "analysis" JSONB NOT NULL,
    "analyzerVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Filing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskFactor" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "blockId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "categoryTerms" TEXT[],
    "categoryOverride" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RiskFactor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Filing_slug_key" ON "Filing"("slug");

-- CreateIndex
CREATE INDEX "RiskFactor_filingId_ordinal_idx" ON "RiskFactor"("filingId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "RiskFactor_filingId_blockId_key" ON "RiskFactor"("filingId", "blockId");

-- AddForeignKey
ALTER TABLE "RiskFactor" ADD CONSTRAINT "RiskFactor_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
