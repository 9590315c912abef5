-- CreateTable
CREATE TABLE "FilingFact" (
    "filingId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "concept" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "unit" TEXT,
    "period" JSONB NOT NULL,
    "decimals" TEXT,
    "dimensions" JSONB NOT NULL,
    "hidden" BOOLEAN NOT NULL,
    "start" INTEGER,
    "end" INTEGER,

    CONSTRAINT "FilingFact_pkey" PRIMARY KEY ("filingId","ordinal")
);

-- CreateIndex
CREATE INDEX "FilingFact_filingId_concept_idx" ON "FilingFact"("filingId", "concept");

-- AddForeignKey
ALTER TABLE "FilingFact" ADD CONSTRAINT "FilingFact_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
