-- AlterTable
-- array_to_string is only STABLE; tags are text already, so joining them is immutable and may
-- feed a generated column.
CREATE FUNCTION marginalia_join_tags(tags TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(tags, ' '), '') $$;

-- English stems (so "companies" finds "company") plus the unstemmed words (so a prefix of the
-- word as written, "telecommunicat", finds "telecommunications"), both with one weight.
CREATE FUNCTION marginalia_search_vector(content TEXT, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('english'::regconfig, content), weight) ||
               setweight(to_tsvector('simple'::regconfig, content), weight) $$;

-- Generated, so every write keeps it current without application code. Weights: tags A,
-- note B, quoted text C.
ALTER TABLE "Annotation" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  marginalia_search_vector(marginalia_join_tags("tags"), 'A') ||
  marginalia_search_vector("note", 'B') ||
  marginalia_search_vector("exact", 'C')
) STORED;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  marginalia_search_vector("body", 'B')
) STORED;

-- CreateTable
CREATE TABLE "FilingPassage" (
    "filingId" UUID NOT NULL,
    "blockId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    -- Headings and risk-factor titles weigh A so a title match ranks above a body match (D).
    "search" tsvector GENERATED ALWAYS AS (
      marginalia_search_vector(
        "text",
        CASE WHEN "kind" IN ('riskTitle', 'sectionHeading', 'groupHeader') THEN 'A' ELSE 'D' END::"char"
      )
    ) STORED,

    CONSTRAINT "FilingPassage_pkey" PRIMARY KEY ("filingId","blockId")
);

-- CreateIndex
CREATE INDEX "FilingPassage_search_idx" ON "FilingPassage" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Annotation_search_idx" ON "Annotation" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Comment_search_idx" ON "Comment" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "FilingPassage" ADD CONSTRAINT "FilingPassage_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
