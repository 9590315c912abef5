import { describe, expect, it } from "vitest";
import { RecentlyUsed } from "./recently-used";

describe("RecentlyUsed", () => {
  it("forgets the least recently used entry past its capacity", () => {
    const cache = new RecentlyUsed<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "a" is now newer than "b"
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("replaces a key's value and forgets keys by a test", () => {
    const cache = new RecentlyUsed<string, number>(5);
    cache.set("f1:1", 1);
    cache.set("f1:1", 2);
    cache.set("f2:1", 3);
    expect(cache.get("f1:1")).toBe(2);
    cache.deleteWhere((key) => key.startsWith("f1:"));
    expect(cache.get("f1:1")).toBeUndefined();
    expect(cache.get("f2:1")).toBe(3);
  });

  it("remembers what it made, shared by callers at once; a failed promise is forgotten", async () => {
    const cache = new RecentlyUsed<string, Promise<number>>(5);
    let made = 0;
    const make = () => Promise.resolve(++made);
    const [a, b] = [cache.remember("f1:1", make), cache.remember("f1:1", make)];
    expect(a).toBe(b);
    expect(await a).toBe(1);
    // A new version supersedes the old.
    expect(await cache.remember("f1:2", make, (key) => key.startsWith("f1:"))).toBe(2);
    expect(cache.get("f1:1")).toBeUndefined();
    const failing = cache.remember("f2:1", () => Promise.reject(new Error("database down")));
    await expect(failing).rejects.toThrow("database down");
    expect(cache.get("f2:1")).toBeUndefined();
    expect(await cache.remember("f2:1", make)).toBe(3);
  });
});
