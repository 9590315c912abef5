import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RequestPacer } from "./request-pacer";

/** The most start times within any window of one second (half-open: [t, t + 1000)). */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("the EDGAR request pacer", () => {
  it("lets a burst of 35 go 10 at a time, one second apart, in the order asked", () => {
    let clock = 0;
    const pacer = new RequestPacer({ perSecond: 10, now: () => clock });
    const starts = Array.from({ length: 35 }, () => pacer.book());
    expect(starts.slice(0, 10).every((start) => start === 0)).toBe(true);
    expect(starts.slice(10, 20).every((start) => start === 1000)).toBe(true);
    expect(starts.at(-1)).toBe(3000);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    clock = 10_000;
    expect(pacer.book()).toBe(10_000);
  });

  it("never starts more than 10 in any second, whatever the bursts and pauses", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 25 })), {
          maxLength: 30,
        }),
        (bursts) => {
          let clock = 0;
          const pacer = new RequestPacer({ perSecond: 10, now: () => clock });
          const starts: number[] = [];
          for (const [pause, size] of bursts) {
            clock += pause;
            for (let i = 0; i < size; i++) {
              const start = pacer.book();
              expect(start).toBeGreaterThanOrEqual(clock);
              starts.push(start);
            }
          }
          expect(busiestSecond(starts)).toBeLessThanOrEqual(10);
        },
      ),
    );
  });

  it("makes a caller wait for its slot on the real clock", async () => {
    const waits: number[] = [];
    let clock = 0;
    const pacer = new RequestPacer({
      perSecond: 2,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    await Promise.all([pacer.slot(), pacer.slot(), pacer.slot()]);
    expect(waits).toEqual([1000]);
  });
});
