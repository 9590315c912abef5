/**
 * Notes follow the risk (on this test's database): last year's notes show on this year's
 * report on the risk factor each became — re-anchored by its quote, or on the title when the
 * quote is gone, or said to have lost its risk — for whoever may see them (a private note
 * stays its author's), never copied, with their threads.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import * as carriedRoute from "@/app/api/filings/[slug]/carried-notes/route";
import { analyzeFiling } from "@/lib/filing/analyze";
import { currentUser } from "@/server/auth";
import { createComment } from "@/server/data/create-comment";
import { createFiling } from "@/server/data/create-filing";
import { db } from "@/server/db";
import { createTeamSetting, createTestAnnotation } from "@/server/testing/fixtures";
import { listCarriedNotes } from "./list-carried-notes";

vi.mock("@/server/auth", () => ({ currentUser: vi.fn(), requireReaderAccess: vi.fn() }));

const sample = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

/** A company's report for a year, from this text. */
async function report(company: string, fiscalYear: number, content: string) {
  const analysis = analyzeFiling({ content, fileName: `${fiscalYear}.txt` });
  const filing = await createFiling({
    slug: `test-${fiscalYear}-${randomUUID()}`,
    company,
    form: "20-F",
    fiscalYear,
    sourceFileName: `${fiscalYear}.txt`,
    sourceContent: content,
    analysis,
  });
  return { ...filing, analysis };
}

describe("notes carried to the next year's report", () => {
  it("re-anchors each visible note on the risk factor it became, without copying it", async () => {
    const { author, colleague, outsider, workspace } = await createTeamSetting();
    const company = `Carry ${randomUUID().slice(0, 8)}`;
    const older = await report(company, 2008, sample);
    const { text, riskFactors } = older.analysis;
    // A passage of a risk factor's body (after its title).
    const passage = (risk: number, length = 60) => {
      const start = riskFactors[risk]!.titleEnd + 5;
      return { start, end: start + length, quote: text.slice(start, start + length) };
    };
    const kept = passage(0);
    const reworded = passage(1);
    const dropped = passage(3);
    const note = (at: { start: number; end: number }, workspaceId: string | null, words: string) =>
      createTestAnnotation({ filingId: older.id, text, ...at, authorId: author, workspaceId, note: words });
    const privateNote = await note(kept, null, "private: kept passage");
    const sharedNote = await note(reworded, workspace.id, "shared: reworded passage");
    const lostNote = await note(dropped, null, "private: on a risk that goes");
    await createComment({
      annotationId: sharedNote.id,
      authorId: colleague,
      parentId: null,
      body: "Still true?",
    });

    // Next year: risk 1's passage reworded, risk 3 gone.
    const content =
      text.slice(0, reworded.start) +
      "a passage written differently this year, in other words" +
      text.slice(reworded.end, riskFactors[3]!.start) +
      text.slice(riskFactors[4]!.start);
    const newer = await report(company, 2009, content);

    const mine = await listCarriedNotes({ slug: newer.slug, userId: author });
    expect(mine?.from).toMatchObject({ slug: older.slug, fiscalYear: 2008 });
    const byId = new Map(mine!.notes.map((carried) => [carried.id, carried]));
    expect([...byId.keys()].sort()).toEqual([privateNote.id, sharedNote.id, lostNote.id].sort());
    const at = content.indexOf(kept.quote);
    expect(byId.get(privateNote.id)).toMatchObject({
      status: "unchanged",
      toRisk: { title: newer.analysis.riskFactors[0]!.title },
      anchor: { start: at, end: at + kept.quote.length },
      workspaceName: null,
    });
    expect(byId.get(sharedNote.id)).toMatchObject({
      status: "changed",
      toRisk: { title: newer.analysis.riskFactors[1]!.title },
      anchor: null,
      replies: 1,
      workspaceName: expect.stringMatching(/^Desk /),
    });
    expect(byId.get(lostNote.id)).toMatchObject({ status: "removed", toRisk: null, anchor: null });

    // A colleague sees only what was shared with them; an outsider nothing.
    expect((await listCarriedNotes({ slug: newer.slug, userId: colleague }))?.notes.map((n) => n.id)).toEqual(
      [sharedNote.id],
    );
    expect((await listCarriedNotes({ slug: newer.slug, userId: outsider }))?.notes).toEqual([]);
    // Carried, not copied: this year's report holds no notes of its own.
    expect(await db().annotation.count({ where: { filingId: newer.id } })).toBe(0);
    // The first year has nothing to carry from.
    expect(await listCarriedNotes({ slug: older.slug, userId: author })).toBeNull();

    // Through the reader's route: a visitor is refused.
    vi.mocked(currentUser).mockResolvedValue(null);
    const refused = await carriedRoute.GET(new Request("http://localhost/"), {
      params: Promise.resolve({ slug: newer.slug }),
    });
    expect(refused.status).toBe(401);
    vi.mocked(currentUser).mockResolvedValue({ id: colleague, name: "C", email: "c@example.com" } as never);
    const answered = await carriedRoute.GET(new Request("http://localhost/"), {
      params: Promise.resolve({ slug: newer.slug }),
    });
    expect(((await answered.json()) as { notes: Array<{ id: string }> }).notes.map((n) => n.id)).toEqual([
      sharedNote.id,
    ]);
  });
});
