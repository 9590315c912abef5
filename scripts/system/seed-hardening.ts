/**
 * Prepares the hardening test's database (run alone, before the server starts): a filing made
 * to cost as much as a filing may (24,000 figures in one paragraph, just under the limit: the
 * 3.3 MB original is refused at import), the ~500 KB benchmark filing, and 10,000 live events
 * on the latter (so a stream that asks for them all has a long backlog). Prints one JSON line.
 *
 *   MARGINALIA_DATA_DIR=… tsx --conditions=react-server scripts/system/seed-hardening.ts <userId>
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "@/server/data/create-filing";
import { db } from "@/server/db";
import { root } from "./app";
import { PATHOLOGICAL_UNIT } from "./pathological";
import { runScript } from "./run-script";

async function main(): Promise<void> {
  const userId = process.argv[2];
  if (!userId) throw new Error("usage: seed-hardening.ts <userId>");
  const run = randomUUID().slice(0, 8);
  const pathological = PATHOLOGICAL_UNIT.repeat(24_000);
  const slugs = { pathological: `pathological-${run}`, large: `large-${run}` };
  await createFiling({
    slug: slugs.pathological,
    company: "Pathological Figures",
    form: "10-K",
    fiscalYear: 2025,
    sourceFileName: "pathological.txt",
    sourceContent: pathological,
    analysis: analyzeFiling({ content: pathological, fileName: "pathological.txt" }),
  });
  const largeText = fs.readFileSync(path.join(root, "lib/filing/__fixtures__/large-500kb.txt"), "utf8");
  const large = await createFiling({
    slug: slugs.large,
    company: "Large Co",
    form: "10-K",
    fiscalYear: 2023,
    sourceFileName: "large-500kb.txt",
    sourceContent: largeText,
    analysis: analyzeFiling({ content: largeText, fileName: "large-500kb.txt" }),
  });
  // A long history of changes on the large filing (events of notes long gone).
  const events = Array.from({ length: 10_000 }, () => ({
    filingId: large.id,
    kind: "annotation.created",
    annotationId: randomUUID(),
    authorId: userId,
    workspaceId: null,
  }));
  for (let i = 0; i < events.length; i += 2_000)
    await db().liveEvent.createMany({ data: events.slice(i, i + 2_000) });
  console.log(JSON.stringify(slugs));
}

runScript("seed-hardening", main);
