/**
 * Where each shown fact's text lands in the filing's canonical text. The importer lays the
 * HTML out as text (cells apart, lines joined, whitespace collapsed), so the facts are found
 * again by their displayed text rather than followed through the layout:
 * - ignoring whitespace (a fact spanning table cells reads "1,2345,678" in its element but
 *   "1,234\t5,678" in the text), and only as a whole token ("5" is not the end of "2025");
 * - in document order, held by anchors: the facts whose text occurs once, kept where they run
 *   in order, so one fact found out of place (its shown copy dropped by the layout, another
 *   copy in an exhibit list) does not carry the rest away; each other fact takes its first
 *   occurrence after the fact before it and before the next anchor;
 * - a fact inside another's element (a number tagged twice; a note's numbers in its text
 *   block) from where that one starts, after the facts already found inside it; a long text
 *   fact by its first and last characters (which may cut a word where they are cut off).
 */

/** What placing needs of a fact. */
export interface FactToPlace {
  displayed: string;
  /** Hidden facts are not shown, so never placed. */
  hidden: boolean;
  /** The index of the fact whose element holds this one's. */
  within?: number;
}

/** Characters (without whitespace) taken from each end of a long text fact to find it by. */
const ENDS = 48;
/** Occurrences of one fact's text looked at (a "0" may occur thousands of times). */
const MAX_OCCURRENCES = 2_000;

const isWordCharacter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Which ends of a piece of text must be token boundaries where it is found. */
interface Edges {
  start: boolean;
  end: boolean;
}
const BOTH_EDGES: Edges = { start: true, end: true };
/** A long text fact's first characters: its start is a boundary, where they are cut is not. */
const HEAD_EDGES: Edges = { start: true, end: false };
/** …and its last characters. */
const TAIL_EDGES: Edges = { start: false, end: true };

/**
 * The [start, end) offsets of each fact's displayed text in `text` (UTF-16, as everywhere),
 * or null for hidden facts and for those not found.
 */
export function placeFacts(
  text: string,
  facts: readonly FactToPlace[],
): Array<{ start: number; end: number } | null> {
  // The text without whitespace, and where each of its characters is in the text.
  const positions: number[] = [];
  const kept: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === " " || char === "\n" || char === "\t" || /\s/.test(char)) continue;
    kept.push(char);
    positions.push(index);
  }
  const squeezed = kept.join("");
  const toText = (at: number) => positions[at] ?? text.length;

  /**
   * The first occurrence of `needle` at or after squeezed offset `from` that starts and ends
   * a token (`edges`: only the ends that are the fact's own; a long text fact's first or last
   * characters are cut from it, so the cut side may fall inside a word).
   */
  const find = (needle: string, from: number, edges: Edges = BOTH_EDGES): number => {
    const wordStart = edges.start && isWordCharacter(needle[0]);
    const wordEnd = edges.end && isWordCharacter(needle[needle.length - 1]);
    for (let at = squeezed.indexOf(needle, from); at >= 0; at = squeezed.indexOf(needle, at + 1)) {
      const start = toText(at);
      const end = toText(at + needle.length - 1) + 1;
      if ((!wordStart || !isWordCharacter(text[start - 1])) && (!wordEnd || !isWordCharacter(text[end])))
        return at;
    }
    return -1;
  };
  const occurrencesOf = (needle: string, edges: Edges = BOTH_EDGES): number[] => {
    const found: number[] = [];
    for (
      let at = find(needle, 0, edges);
      at >= 0 && found.length < MAX_OCCURRENCES;
      at = find(needle, at + 1, edges)
    )
      found.push(at);
    return found;
  };

  const needles = facts.map((fact) => {
    const whole = fact.displayed.replace(/\s+/g, "");
    if (fact.hidden || whole.length === 0) return null;
    if (whole.length <= 2 * ENDS) return { whole, head: whole, occurrences: occurrencesOf(whole) };
    // A long text fact's first words as laid out may differ from its element's (a heading run
    // into its first paragraph, a table after a colon): fewer of them are tried.
    for (const length of [ENDS, 32, 20]) {
      const head = whole.slice(0, length);
      const occurrences = occurrencesOf(head, HEAD_EDGES);
      if (occurrences.length > 0 || length === 20) return { whole, head, occurrences };
    }
    return null;
  });

  const anchors = longestIncreasingRun(
    needles.flatMap((needle, index) =>
      needle?.occurrences.length === 1 ? [{ index, at: needle.occurrences[0]! }] : [],
    ),
  );
  const anchorAt = new Map(anchors.map((anchor) => [anchor.index, anchor.at]));

  let cursor = 0;
  let nextAnchor = 0;
  /** Where each placed fact starts (squeezed), for the facts inside it. */
  const startsAt: Array<number | undefined> = [];
  /** Where the next fact inside each placed fact may start: after the last one placed in it. */
  const nextInside: Array<number | undefined> = [];
  /** A placed fact's text is used up to `to`: so is each containing fact's. */
  const advance = (index: number, to: number) => {
    cursor = Math.max(cursor, to);
    for (let outer = facts[index]!.within; outer !== undefined; outer = facts[outer]!.within)
      nextInside[outer] = Math.max(nextInside[outer] ?? 0, to);
  };
  return facts.map((fact, index) => {
    const needle = needles[index];
    if (!needle) return null;
    while (nextAnchor < anchors.length && anchors[nextAnchor]!.index <= index) nextAnchor++;
    const limit = anchors[nextAnchor]?.at ?? squeezed.length;
    // Inside another fact: from where it starts (a number tagged twice is its whole text), but
    // after the facts already found in it ("one of our three segments … into one segment").
    const outerStart = fact.within !== undefined ? startsAt[fact.within] : undefined;
    const from =
      outerStart !== undefined ? Math.max(outerStart, nextInside[fact.within!] ?? outerStart) : cursor;
    const at = anchorAt.get(index) ?? needle.occurrences.find((place) => place >= from && place <= limit);
    startsAt[index] = at;
    if (at === undefined) return null;
    const start = toText(at);
    if (needle.head === needle.whole) {
      advance(index, at + needle.whole.length);
      return { start, end: toText(at + needle.whole.length - 1) + 1 };
    }
    // A long text fact holds facts (a note's text block holds its numbers): they are looked
    // for inside it. It ends at its last words if they come soon enough, else at its length.
    advance(index, at);
    const tail = find(needle.whole.slice(-ENDS), at + needle.head.length, TAIL_EDGES);
    const last =
      tail >= 0 && tail - at <= needle.whole.length * 2
        ? tail + ENDS - 1
        : Math.min(at + needle.whole.length, squeezed.length) - 1;
    return { start, end: toText(last) + 1 };
  });
}

/** The longest run of `items` (in their order) whose `at` strictly increases (patience sorting). */
function longestIncreasingRun<T extends { at: number }>(items: readonly T[]): T[] {
  const tails: number[] = [];
  const previous: number[] = [];
  for (let index = 0; index < items.length; index++) {
    const at = items[index]!.at;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (items[tails[middle]!]!.at < at) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  }
  const run: T[] = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) run.push(items[index]!);
  return run.reverse();
}
