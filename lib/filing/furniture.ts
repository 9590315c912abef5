/**
 * Page furniture: what a printed page adds around the text and a reader must not see as
 * content. Shared by both importers, which mark page breaks; this pass drops page numbers,
 * "Table of Contents" links and running headers, removes page numbers stranded inside a
 * sentence, and joins a paragraph that a page break split in two.
 */
import type { SourceBlock } from "./source-block";
import {
  endsWithTerminalPunctuation,
  isAllCaps,
  isNavigationText,
  isPageNumberText,
  pageNumberValue,
  startsLowercase,
  startsWithListMarker,
  wordCount,
} from "./text-cues";

/** Removes page furniture and rejoins paragraphs split by a page break. */
export function removePageFurniture(blocks: readonly SourceBlock[]): SourceBlock[] {
  const runningHeaders = findRunningHeaders(blocks);
  const kept: SourceBlock[] = [];
  /** Index in `blocks` of each kept block. */
  const origin: number[] = [];
  const isFurniture = blocks.map((block, i) =>
    // A line like a running head followed by its title ("ITEM 2" over "PROPERTIES") is a heading.
    runningHeaders.size > 0 && headsATitle(blocks, i, runningHeaders)
      ? undefined
      : classifyFurniture(block, runningHeaders),
  );
  let breakPending = false;
  blocks.forEach((block, i) => {
    if (isFurniture[i] !== undefined) {
      // Whatever separated pages also separates the blocks around it.
      breakPending = true;
      return;
    }
    kept.push(breakPending ? { ...block, pageBreakBefore: true } : block);
    origin.push(i);
    breakPending = false;
  });
  // The page numbers printed last before and first after each block.
  const pageBefore: (number | undefined)[] = [];
  const pageAfter: (number | undefined)[] = [];
  let page: number | undefined;
  blocks.forEach((block, i) => {
    pageBefore[i] = page;
    if (isFurniture[i] === "page-number") page = pageNumberValue(block.text) ?? page;
  });
  page = undefined;
  for (let i = blocks.length - 1; i >= 0; i--) {
    pageAfter[i] = page;
    const block = blocks[i];
    if (block !== undefined && isFurniture[i] === "page-number") page = pageNumberValue(block.text) ?? page;
  }
  const cleaned = kept.map((block, k) => {
    const i = origin[k] ?? 0;
    return removeStrandedPageNumbers(block, pageBefore[i], pageAfter[i]);
  });
  return joinSplitParagraphs(cleaned);
}

type Furniture = "page-number" | "navigation" | "running-header";

function classifyFurniture(block: SourceBlock, runningHeaders: ReadonlySet<string>): Furniture | undefined {
  if (block.table) return undefined;
  if (isPageNumberText(block.text)) return "page-number";
  if (isNavigationText(block.text)) return "navigation";
  if (block.internalLink && wordCount(block.text) <= 6 && isNavigationLike(block.text)) return "navigation";
  if (runningHeaders.size > 0 && block.text.length <= 120 && runningHeaders.has(headerKey(block.text)))
    return "running-header";
  return undefined;
}

/** Short internal links such as "Back to Contents" or "Index" are navigation, TOC entries are not. */
function isNavigationLike(text: string): boolean {
  return /\b(contents|index|top|back|return|home)\b/i.test(text);
}

function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[0-9]+/g, "#")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Short lines repeated next to page breaks (company name, form and year on every page).
 * Three repetitions at a page edge make a running header; a real heading occurs once.
 */
function findRunningHeaders(blocks: readonly SourceBlock[]): Set<string> {
  const counts = new Map<string, number>();
  let pages = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined || !block.pageBreakBefore) continue;
    pages++;
    // The first two blocks of a page and the two before the break, past page numbers and
    // navigation ("Table of Contents" / "Part I" / "Item 1" heads each page of some filings).
    for (const j of [...edgeBlocks(blocks, i, 1), ...edgeBlocks(blocks, i - 1, -1)]) {
      const b = blocks[j]!;
      if (b.table || wordCount(b.text) > 12) continue;
      const key = headerKey(b.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const headers = new Set<string>();
  if (pages < 3) return headers;
  for (const [key, count] of counts) {
    if (count >= 3 && count >= pages * 0.4) headers.add(key);
  }
  return headers;
}

/**
 * Whether block `i`, a Part or Item label, heads a title: the next block is a short line in
 * capitals or title case, not itself a running head or a label ("Part I" over "Item 1" is a
 * running head; "ITEM 2" over "PROPERTIES" a heading).
 */
function headsATitle(
  blocks: readonly SourceBlock[],
  i: number,
  runningHeaders: ReadonlySet<string>,
): boolean {
  // Only a Part or Item label: a running footer ("18 Annual Information Form") over a group
  // heading is still furniture.
  if (!/^(?:part|item)\s/i.test(blocks[i]?.text.trim() ?? "")) return false;
  const next = blocks[i + 1];
  if (!next || next.table || wordCount(next.text) > 8 || /[.?!:;,]$/.test(next.text.trim())) return false;
  if (runningHeaders.has(headerKey(next.text)) || /^(?:part|item)\b/i.test(next.text.trim())) return false;
  return (
    isAllCaps(next.text) ||
    /^(?:[A-Z][\w’'-]*|and|of|the|or|for|to|in|on|a)(?:\s+(?:[A-Z][\w’'-]*|and|of|the|or|for|to|in|on|a))*$/.test(
      next.text.trim(),
    )
  );
}

/** Indexes of the first two blocks from `from` going `step`, past page numbers and navigation. */
function edgeBlocks(blocks: readonly SourceBlock[], from: number, step: 1 | -1): number[] {
  const found: number[] = [];
  for (let j = from; j >= 0 && j < blocks.length && found.length < 2; j += step) {
    const text = blocks[j]!.text;
    if (isPageNumberText(text) || isNavigationText(text)) continue;
    found.push(j);
  }
  return found;
}

/**
 * Page numbers left inside a sentence by text extraction ("… our costs 16 and reduce …"):
 * a number between words that is exactly the page number missing between the page numbers
 * printed before and after the block, and "-8-" style numbers, which nothing else looks like.
 */
function removeStrandedPageNumbers(
  block: SourceBlock,
  before: number | undefined,
  after: number | undefined,
): SourceBlock {
  if (block.table) return block;
  let text = block.text.replace(/([A-Za-z,;]) [-–—] ?[0-9]{1,3} ?[-–—] (?=[A-Za-z])/g, "$1 ");
  const expected = before !== undefined ? before + 1 : after !== undefined ? after - 1 : undefined;
  if (expected !== undefined && (after === undefined || after === expected + 1)) {
    text = text.replace(
      /([a-z,;]) ([0-9]{1,4}) (?=([a-z]+))/g,
      (whole, previous: string, n: string, next: string) =>
        Number(n) === expected && !UNIT_WORDS.has(next) ? `${previous} ` : whole,
    );
  }
  if (text === block.text) return block;
  const emphasis =
    typeof block.emphasis === "number" ? Math.min(block.emphasis, text.length) : block.emphasis;
  return { ...block, text, emphasis };
}

/** Words after a number that make it a quantity, never a page number. */
const UNIT_WORDS = new Set(
  "million billion thousand trillion percent per shares share years year months month days day employees people persons times hours units customers locations countries states of to".split(
    " ",
  ),
);

/** Should `next` continue the paragraph `prev` (split by a page break or a stray line)? */
function continues(prev: SourceBlock, next: SourceBlock): boolean {
  if (prev.table || next.table || next.listItem || next.headingLevel !== undefined) return false;
  if (prev.headingLevel !== undefined || prev.centered || next.centered) return false;
  if ((prev.emphasis === "all") !== (next.emphasis === "all")) return false;
  if (startsWithListMarker(next.text)) return false;
  if (endsWithTerminalPunctuation(prev.text) || !/[\p{L}\p{N},]$/u.test(prev.text.replace(/[-–]$/, "a")))
    return false;
  if (startsLowercase(next.text)) return true;
  // A sentence cut by a page break may go on with a proper noun: join only long paragraphs.
  return (
    next.pageBreakBefore && wordCount(prev.text) >= 12 && !isAllCaps(prev.text) && /[a-z,]$/.test(prev.text)
  );
}

function joinSplitParagraphs(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continues(prev, block)) {
      const hyphenated = /[A-Za-z]-$/.test(prev.text) && startsLowercase(block.text);
      const text = hyphenated ? prev.text + block.text : `${prev.text} ${block.text}`;
      out[out.length - 1] = { ...prev, text };
      continue;
    }
    out.push(block);
  }
  return out;
}
