-- CreateTable
CREATE TABLE "AnnotationCount" (
    "filingId" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "notes" INTEGER NOT NULL,

    CONSTRAINT "AnnotationCount_pkey" PRIMARY KEY ("filingId","authorId")
);

-- AddForeignKey
ALTER TABLE "AnnotationCount" ADD CONSTRAINT "AnnotationCount_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationCount" ADD CONSTRAINT "AnnotationCount_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counts kept by the database itself, whatever adds or removes annotations (a note, an
-- import, a filing or an author deleted): one statement-level trigger each way, so a bulk
-- insert updates each (filing, author) once. A removal only lowers a count that exists (during a
-- cascade its row may already be gone, with its filing or author).
CREATE FUNCTION marginalia_count_added_annotations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("filingId", "authorId", "notes")
  SELECT "filingId", "authorId", count(*) FROM added GROUP BY "filingId", "authorId"
  ON CONFLICT ("filingId", "authorId") DO UPDATE SET "notes" = "AnnotationCount"."notes" + EXCLUDED."notes";
  RETURN NULL;
END;
$$;

CREATE FUNCTION marginalia_count_removed_annotations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AnnotationCount" c SET "notes" = c."notes" - r."notes"
  FROM (SELECT "filingId", "authorId", count(*) AS "notes" FROM removed GROUP BY "filingId", "authorId") r
  WHERE c."filingId" = r."filingId" AND c."authorId" = r."authorId";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Annotation_count_added" AFTER INSERT ON "Annotation"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION marginalia_count_added_annotations();
CREATE TRIGGER "Annotation_count_removed" AFTER DELETE ON "Annotation"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION marginalia_count_removed_annotations();

INSERT INTO "AnnotationCount" ("filingId", "authorId", "notes")
SELECT "filingId", "authorId", count(*) FROM "Annotation" GROUP BY "filingId", "authorId";
