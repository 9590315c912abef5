import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countAbove, layoutMarginCards, placementsBetween, type MarginItem } from "./margin-layout";

const GAP = 8;

const itemsArbitrary = fc.array(
  fc.record({
    top: fc.integer({ min: 0, max: 5_000 }),
    height: fc.integer({ min: 20, max: 400 }),
  }),
  { maxLength: 60 },
);

function withIds(items: Array<{ top: number; height: number }>): MarginItem[] {
  return items.map((item, index) => ({ id: `n${index}`, ...item }));
}

function expectNoOverlap(placed: ReturnType<typeof layoutMarginCards>) {
  for (let index = 1; index < placed.length; index++) {
    const above = placed[index - 1]!;
    expect(placed[index]!.y).toBeGreaterThanOrEqual(above.y + above.height + GAP);
  }
  for (const card of placed) expect(card.y).toBeGreaterThanOrEqual(0);
}

describe("layoutMarginCards", () => {
  it("puts each card level with its highlight when there is room", () => {
    const placed = layoutMarginCards(
      [
        { id: "b", top: 400, height: 80 },
        { id: "a", top: 100, height: 80 },
      ],
      { gap: GAP },
    );
    expect(placed.map((card) => [card.id, card.y])).toEqual([
      ["a", 100],
      ["b", 400],
    ]);
  });

  it("pushes a card down by the one above it when they collide", () => {
    const placed = layoutMarginCards(
      [
        { id: "a", top: 100, height: 80 },
        { id: "b", top: 120, height: 50 },
        { id: "c", top: 150, height: 50 },
        { id: "d", top: 1_000, height: 50 },
      ],
      { gap: GAP },
    );
    expect(placed.map((card) => card.y)).toEqual([100, 188, 246, 1_000]);
  });

  it("puts the open card at its highlight and pushes the cards before it up", () => {
    const placed = layoutMarginCards(
      [
        { id: "a", top: 100, height: 80 },
        { id: "b", top: 120, height: 300 },
        { id: "c", top: 150, height: 50 },
      ],
      { gap: GAP, activeId: "b" },
    );
    expect(placed.map((card) => [card.id, card.y])).toEqual([
      ["a", 32],
      ["b", 120],
      ["c", 428],
    ]);
  });

  it("pushes the open card down only when the cards above it cannot go higher than the top", () => {
    const placed = layoutMarginCards(
      [
        { id: "a", top: 0, height: 100 },
        { id: "b", top: 10, height: 50 },
      ],
      { gap: GAP, activeId: "b" },
    );
    expect(placed.map((card) => card.y)).toEqual([0, 108]);
  });

  it("never overlaps, never goes above 0, and leaves unpushed cards at their highlight (property)", () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.option(fc.nat(59)), (raw, activeIndex) => {
        const items = withIds(raw);
        const activeId = activeIndex !== null && activeIndex < items.length ? `n${activeIndex}` : null;
        const placed = layoutMarginCards(items, { gap: GAP, activeId });
        expect(placed).toHaveLength(items.length);
        expectNoOverlap(placed);
        // In order of the highlights.
        for (let index = 1; index < placed.length; index++)
          expect(placed[index]!.top).toBeGreaterThanOrEqual(placed[index - 1]!.top);
        if (activeId === null) {
          // Each card is at its highlight, or touching the card above (pushed by it).
          placed.forEach((card, index) => {
            const above = placed[index - 1];
            if (card.y !== card.top) expect(card.y).toBe(above!.y + above!.height + GAP);
          });
        } else {
          const active = placed.find((card) => card.id === activeId)!;
          const before = placed.slice(0, placed.indexOf(active));
          const stack = before.reduce((sum, card) => sum + card.height + GAP, 0);
          // The open card is at its highlight unless the cards above it do not fit above it.
          if (stack <= active.top) expect(active.y).toBe(active.top);
        }
      }),
    );
  });
});

describe("placementsBetween", () => {
  it("finds the run of cards overlapping a window (property: same as a scan)", () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: -100, max: 6_000 }), fc.nat(2_000), (raw, from, span) => {
        const placed = layoutMarginCards(withIds(raw), { gap: GAP });
        const { first, last } = placementsBetween(placed, from, from + span);
        const expected = placed.flatMap((card, index) =>
          card.y + card.height > from && card.y < from + span ? [index] : [],
        );
        expect(Array.from({ length: last - first }, (_, offset) => first + offset)).toEqual(expected);
      }),
    );
  });
});

describe("countAbove", () => {
  it("counts the items whose top is above a line (property: same as a scan)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000 })),
        fc.integer({ min: -10, max: 1_010 }),
        (tops, y) => {
          const items = [...tops].sort((a, b) => a - b).map((top) => ({ top }));
          expect(countAbove(items, y)).toBe(items.filter((item) => item.top < y).length);
        },
      ),
    );
  });
});
