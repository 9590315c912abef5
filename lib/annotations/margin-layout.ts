/**
 * Where each note's card goes in the margin beside the filing: level with the top of its
 * highlight, pushed down by the card above when they would overlap (Google Docs and Hypothesis
 * do the same). The open card sits exactly at its highlight; the cards before it are pushed
 * up to make room, the cards after it down.
 */

/** A card to place: its highlight's top and the card's height, in the margin's pixels. */
export interface MarginItem {
  id: string;
  /** The top of the note's highlight (the first line of its passage). */
  top: number;
  height: number;
}

/** A placed card: where its top goes. */
export interface MarginPlacement {
  id: string;
  /** The highlight's top, as given. */
  top: number;
  /** The card's top. */
  y: number;
  height: number;
}

/**
 * Places the cards, in order of their highlights (ties keep their given order). Cards never
 * overlap (at least `gap` apart) and never start above 0.
 * @param items the cards, in any order
 * @param options gap between cards; the open card's id, placed at its highlight when it can be
 */
export function layoutMarginCards(
  items: readonly MarginItem[],
  options: { gap: number; activeId?: string | null },
): MarginPlacement[] {
  const placed: MarginPlacement[] = items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.top - b.item.top || a.order - b.order)
    .map(({ item }) => ({ id: item.id, top: item.top, y: item.top, height: item.height }));
  const { gap } = options;
  const active = options.activeId ? placed.findIndex((card) => card.id === options.activeId) : -1;
  if (active >= 0) {
    // Upwards from the open card: each card ends a gap above the one after it, or higher.
    placed[active]!.y = Math.max(0, placed[active]!.top);
    for (let index = active - 1; index >= 0; index--) {
      const card = placed[index]!;
      const below = placed[index + 1]!;
      card.y = Math.min(card.top, below.y - gap - card.height);
    }
  }
  // Downwards: each card starts a gap below the one before it, or lower (from the top when
  // there is no open card, and to settle cards pushed above 0 when there is).
  let bottom = -gap;
  for (let index = 0; index < placed.length; index++) {
    const card = placed[index]!;
    const floor = Math.max(0, bottom + gap);
    card.y = Math.max(index > active ? card.top : card.y, floor);
    bottom = card.y + card.height;
  }
  return placed;
}

/**
 * The placements overlapping [from, to) (margin pixels), found by binary search: placements
 * are in order of `y` and do not overlap, so the window is one run of them.
 */
export function placementsBetween(
  placements: readonly MarginPlacement[],
  from: number,
  to: number,
): { first: number; last: number } {
  let low = 0;
  let high = placements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const card = placements[middle]!;
    if (card.y + card.height <= from) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < placements.length && placements[last]!.y < to) last++;
  return { first: low, last };
}

/** How many of `items` (in order of `top`) have their top above `y`: a binary search. */
export function countAbove(items: ReadonlyArray<{ top: number }>, y: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.top < y) low = middle + 1;
    else high = middle;
  }
  return low;
}
