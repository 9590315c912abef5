import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeSelection } from "@/lib/anchoring";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createAnnotation } from "./data/create-annotation";
import { createFiling } from "./data/create-filing";
import { ensurePasswordUser } from "./data/ensure-password-user";
import { getLatestLiveEventId } from "./data/get-latest-live-event-id";
import { listLiveEvents } from "./data/list-live-events";
import { db } from "./db";
import { subscribeToFiling, whenListening } from "./live";

const text = readFileSync(
  new URL("../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

describe("live feed", () => {
  it("records an event with each new note and notifies this filing's subscribers through the database", async () => {
    const id = randomUUID().slice(0, 8);
    const analysis = analyzeFiling({ content: text, fileName: "iij.txt" });
    const filing = await createFiling({
      slug: `live-${id}`,
      company: "IIJ",
      form: "20-F",
      fiscalYear: 2008,
      sourceFileName: "iij.txt",
      sourceContent: text,
      analysis,
    });
    await ensurePasswordUser({ name: "Live", email: `live-${id}@example.com`, passwordHash: "x" });
    const author = (await db().user.findUniqueOrThrow({ where: { email: `live-${id}@example.com` } })).id;
    const before = await getLatestLiveEventId({ filingId: filing.id });

    const notified = new Promise<void>((resolve) => {
      const stop = subscribeToFiling(filing.id, () => {
        stop();
        resolve();
      });
    });
    await whenListening();
    const { quote, position } = describeSelection(analysis.text, 200, 240);
    const note = await createAnnotation({
      filingId: filing.id,
      authorId: author,
      workspaceId: null,
      label: "Note",
      note: "",
      tags: [],
      selector: {
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: position.start,
        end: position.end,
      },
      textHash: "h",
    });
    await notified;
    const events = await listLiveEvents({ filingId: filing.id, afterId: before, limit: 10 });
    expect(events.map((event) => [event.kind, event.annotationId, event.authorId])).toEqual([
      ["annotation.created", note.id, author],
    ]);
  });
});
