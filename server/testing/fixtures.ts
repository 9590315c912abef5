/**
 * Data that integration tests create for themselves: unique per call, so tests never see
 * each other's rows and run in any order.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describeSelection } from "@/lib/anchoring";
import { analyzeFiling } from "@/lib/filing/analyze";
import { addWorkspaceMember } from "../data/add-workspace-member";
import { createAnnotation } from "../data/create-annotation";
import { createFiling } from "../data/create-filing";
import { createWorkspace } from "../data/create-workspace";
import { ensurePasswordUser } from "../data/ensure-password-user";
import { db } from "../db";

const sampleText = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

/** A new filing with the sample's text (real prose, 18 risk factors) and its analysis. */
export async function createSampleFiling() {
  const analysis = analyzeFiling({ content: sampleText, fileName: "iij.txt" });
  const filing = await createFiling({
    slug: `test-${randomUUID()}`,
    company: "IIJ",
    form: "20-F",
    fiscalYear: 2008,
    sourceFileName: "iij.txt",
    sourceContent: sampleText,
    analysis,
  });
  return { filing, analysis };
}

/** A new user (no usable password); returns its id. */
export async function createTestUser(name: string): Promise<string> {
  const email = `${name}-${randomUUID()}@example.com`;
  await ensurePasswordUser({ name, email, passwordHash: "not-used" });
  return (await db().user.findUniqueOrThrow({ where: { email } })).id;
}

/** A new annotation on `text.slice(start, end)` of a filing, with W3C selectors taken there. */
export async function createTestAnnotation(options: {
  filingId: string;
  text: string;
  start: number;
  end: number;
  authorId: string;
  workspaceId?: string | null;
  label?: string;
  note?: string;
  tags?: string[];
}) {
  const { quote, position } = describeSelection(options.text, options.start, options.end);
  const created = await createAnnotation({
    filingId: options.filingId,
    authorId: options.authorId,
    workspaceId: options.workspaceId ?? null,
    label: options.label ?? "Note",
    note: options.note ?? "",
    tags: options.tags ?? [],
    selector: {
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
    },
    textHash: "h",
  });
  if (!created) throw new Error(`createTestAnnotation: no filing ${options.filingId}`);
  return created;
}

/**
 * Copies of an annotation written straight into the table (as an import does, in bulk),
 * `copies` of them: for tests that take an author to the notes-per-filing cap. Returns the copy's
 * fields. In chunks small enough for one statement each (Prisma splits a bigger one itself).
 */
export async function copyTestAnnotation(options: { annotationId: string; copies: number }) {
  const copy = await db().annotation.findUniqueOrThrow({
    where: { id: options.annotationId },
    omit: { id: true, createdAt: true, updatedAt: true },
  });
  for (let left = options.copies; left > 0; left -= 1000)
    await db().annotation.createMany({ data: Array.from({ length: Math.min(left, 1000) }, () => copy) });
  return copy;
}

/**
 * Annotates one passage of a filing (its first occurrence of `quote`) as whoever a test names,
 * private or shared with a workspace.
 */
export function annotatePassage(filing: { id: string }, text: string, quote = "¥5,025 million") {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the filing`);
  return (authorId: string, workspaceId: string | null) =>
    createTestAnnotation({
      filingId: filing.id,
      text,
      start,
      end: start + quote.length,
      authorId,
      workspaceId,
    });
}

/**
 * The permission tests' cast, of this test's own: a new sample filing; an author who owns a
 * workspace with a colleague in it; an outsider in neither.
 */
export async function createTeamSetting() {
  const { filing, analysis } = await createSampleFiling();
  const [author, colleague, outsider] = [
    await createTestUser("author"),
    await createTestUser("colleague"),
    await createTestUser("outsider"),
  ];
  const workspace = await createWorkspace({ name: `Desk ${randomUUID().slice(0, 6)}`, ownerId: author });
  await addWorkspaceMember({ workspaceId: workspace.id, userId: colleague });
  return { filing, analysis, author, colleague, outsider, workspace };
}

/**
 * A team setting (see createTeamSetting) with two notes by the author on "¥5,025 million": a
 * private one, and one shared with the workspace (a "Question" whose note is Markdown).
 */
export async function createTeamNotes() {
  const setting = await createTeamSetting();
  const { filing, analysis, author, workspace } = setting;
  const privateNote = await annotatePassage(filing, analysis.text)(author, null);
  const start = analysis.text.indexOf("¥5,025 million");
  const shared = await createTestAnnotation({
    filingId: filing.id,
    text: analysis.text,
    start,
    end: start + 14,
    authorId: author,
    workspaceId: workspace.id,
    label: "Question",
    note: "**Why** the drop?",
  });
  return { ...setting, privateNote, shared, start };
}
