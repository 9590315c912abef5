import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/**
 * Maps between the DOM of the server-rendered filing and canonical-text offsets. Each block's
 * text sits in `.block-text[data-start]` holding only the block's text, so an offset is the
 * span's data-start plus the characters before the point inside it.
 */

function blockTextOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest<HTMLElement>(READER_SELECTOR.blockText) ?? null;
}

/**
 * The canonical offset of a DOM point inside the filing text, or null outside it. A point
 * between text runs (in a table row, an empty cell, between paragraphs) snaps to the nearest
 * text in `direction`: a selection dragged across table cells often ends on a cell, not in it.
 */
export function pointToOffset(
  node: Node,
  offset: number,
  direction: "forward" | "backward" = "forward",
): number | null {
  const block = blockTextOf(node);
  if (!block) return snapToText(node, offset, direction);
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return Number(block.dataset.start) + range.toString().length;
}

/** The start of the next text run after a point (forward) or the end of the last before it. */
function snapToText(node: Node, offset: number, direction: "forward" | "backward"): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const root = element?.closest(READER_SELECTOR.filingText);
  if (!root) return null;
  const { blocks } = blockIndex(root);
  // Binary search for the first run that starts after the point.
  const probe = document.createRange();
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    probe.selectNodeContents(blocks[middle]!);
    if (probe.comparePoint(node, offset) < 0) high = middle;
    else low = middle + 1;
  }
  if (direction === "forward") {
    const next = blocks[low];
    return next ? Number(next.dataset.start) : null;
  }
  const previous = blocks[low - 1];
  return previous ? Number(previous.dataset.start) + (previous.textContent?.length ?? 0) : null;
}

/** The canonical range of a selection, or null when it is not (wholly) in the filing text. */
export function selectionToRange(selection: Selection): { start: number; end: number } | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = pointToOffset(range.startContainer, range.startOffset, "forward");
  const end = pointToOffset(range.endContainer, range.endOffset, "backward");
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM Ranges covering [start, end) — one per block it crosses. */
export function offsetsToRanges(root: ParentNode, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const block of blocksOverlapping(root, start, end)) {
    const blockStart = Number(block.dataset.start);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let position = blockStart;
    let range: Range | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      const nodeEnd = position + length;
      if (!range && start < nodeEnd) {
        range = document.createRange();
        range.setStart(node, Math.max(0, start - position));
      }
      if (range && end <= nodeEnd) {
        range.setEnd(node, Math.max(0, end - position));
        break;
      }
      if (range) range.setEnd(node, length);
      position = nodeEnd;
    }
    if (range) ranges.push(range);
  }
  return ranges;
}

let blockCache: { root: ParentNode; blocks: HTMLElement[]; starts: number[] } | null = null;

/** Every text run of the filing in document order, with its start (cached per rendered text). */
function blockIndex(root: ParentNode): { blocks: HTMLElement[]; starts: number[] } {
  if (!blockCache || blockCache.root !== root || !blockCache.blocks[0]?.isConnected) {
    const blocks = Array.from(root.querySelectorAll<HTMLElement>(READER_SELECTOR.blockText));
    blockCache = { root, blocks, starts: blocks.map((block) => Number(block.dataset.start)) };
  }
  return blockCache;
}

/** Blocks whose text overlaps [start, end), found by binary search over their starts. */
function blocksOverlapping(root: ParentNode, start: number, end: number): HTMLElement[] {
  const { blocks, starts } = blockIndex(root);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= start) low = middle;
    else high = middle - 1;
  }
  const found: HTMLElement[] = [];
  for (let index = low; index < blocks.length && starts[index]! < end; index++) found.push(blocks[index]!);
  return found;
}

/** The rendered text between two canonical offsets (blocks joined by a blank line). */
export function textBetween(root: ParentNode, start: number, end: number): string {
  return offsetsToRanges(root, Math.max(0, start), end)
    .map((range) => range.toString())
    .join("\n\n");
}

/** The text run holding canonical offset `offset` (or the last one starting before it). */
export function blockTextAt(root: ParentNode, offset: number): HTMLElement | null {
  return blocksOverlapping(root, offset, offset + 1)[0] ?? null;
}
