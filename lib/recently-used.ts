/**
 * A map that keeps its `capacity` most recently used entries: reading an entry makes it the
 * newest, adding one past the capacity forgets the oldest. For per-process caches of work
 * that is costly to redo (a filing's decoded body, its rendered HTML, a note's Markdown).
 */
export class RecentlyUsed<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  /** The value for `key` (now the most recently used), or undefined. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Keeps `value` for `key` as the most recently used, forgetting the oldest past capacity. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /**
   * The value kept for `key`, else what `make` makes, kept as the newest: callers asking at once
   * share one making (keep a promise). A promise that fails is forgotten, so the next caller
   * tries again. `supersedes` names the keys the new one replaces (older versions of one thing).
   */
  remember(key: K, make: () => V, supersedes?: (key: K) => boolean): V {
    const kept = this.get(key);
    if (kept !== undefined) return kept;
    const made = make();
    if (supersedes) this.deleteWhere(supersedes);
    this.set(key, made);
    if (made instanceof Promise)
      made.catch(() => {
        if (this.#entries.get(key) === made) this.#entries.delete(key);
      });
    return made;
  }

  /** Forgets every entry whose key passes `test`. */
  deleteWhere(test: (key: K) => boolean): void {
    for (const key of [...this.#entries.keys()]) if (test(key)) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
