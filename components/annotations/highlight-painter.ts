import { offsetsToRanges } from "./text-offsets";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";

/** One annotation to paint: its canonical offsets and the highlight (label) it belongs to. */
export interface PaintItem {
  id: string;
  start: number;
  end: number;
  /** The CSS highlight name, e.g. "annotation-risk". */
  name: string;
}

interface Painted extends PaintItem {
  ranges: Range[];
  /** The paint that last saw this annotation (older ones are removed). */
  generation: number;
}

/** The performance measure each paint records (read by `npm run bench`). */
const PAINT_MEASURE = "marginalia:paint-highlights";

/**
 * Paints annotation highlights with the CSS Custom Highlight API, incrementally: one long-lived
 * Highlight per label, and DOM Ranges computed only for annotations that are new or moved (or
 * all of them when the text was re-rendered) — so a new note on a filing with 2,000 costs one
 * Range, not 2,000. Each paint is recorded as a `performance.measure` named PAINT_MEASURE.
 */
export class HighlightPainter {
  private painted = new Map<string, Painted>();
  private highlights = new Map<string, Highlight>();
  /** The text's first block when last painted: a new one means the text was re-rendered. */
  private firstBlock: Element | null = null;
  private generation = 0;

  /** Brings the highlights in line with `items` (the anchored annotations, in any order). */
  paint(root: ParentNode, items: PaintItem[]): void {
    const started = performance.now();
    // The filing's text is rendered as a whole, so one check tells whether old Ranges still
    // point into the live document; if not, every Range is made again.
    const firstBlock = root.querySelector(READER_SELECTOR.blockText);
    if (firstBlock !== this.firstBlock) {
      for (const current of this.painted.values()) this.unpaint(current);
      this.painted.clear();
      this.firstBlock = firstBlock;
    }
    const generation = ++this.generation;
    let added = 0;
    let removed = 0;
    for (const item of items) {
      const current = this.painted.get(item.id);
      if (current && current.start === item.start && current.end === item.end && current.name === item.name) {
        current.generation = generation;
        continue;
      }
      if (current) this.unpaint(current);
      const ranges = offsetsToRanges(root, item.start, item.end);
      const highlight = this.highlight(item.name);
      for (const range of ranges) highlight.add(range);
      this.painted.set(item.id, { ...item, ranges, generation });
      added++;
    }
    for (const [id, current] of this.painted)
      if (current.generation !== generation) {
        this.unpaint(current);
        this.painted.delete(id);
        removed++;
      }
    performance.measure(PAINT_MEASURE, {
      start: started,
      detail: { annotations: items.length, added, removed },
    });
  }

  /** The Ranges painted for one annotation (empty when it is not painted). */
  rangesOf(id: string | null): Range[] {
    return (id && this.painted.get(id)?.ranges) || [];
  }

  /** Removes every highlight this painter registered. */
  dispose(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.painted.clear();
    this.firstBlock = null;
  }

  private highlight(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  private unpaint(current: Painted): void {
    const highlight = this.highlights.get(current.name);
    for (const range of current.ranges) highlight?.delete(range);
  }
}
