-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" BIGSERIAL NOT NULL,
    "filingId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "annotationId" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "workspaceId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveEvent_filingId_id_idx" ON "LiveEvent"("filingId", "id");

-- Notify listeners (the app's live feed) of each new event, with its id and filing.
CREATE FUNCTION "marginalia_notify_live_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('marginalia_events', json_build_object('id', NEW."id", 'filingId', NEW."filingId")::text);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "LiveEvent_notify" AFTER INSERT ON "LiveEvent"
  FOR EACH ROW EXECUTE FUNCTION "marginalia_notify_live_event"();
