/**
 * Paces requests to at most `perSecond` in any window of one second — the SEC's fair-access
 * rule for EDGAR is 10 a second — making callers wait (never refusing them), first come first
 * served. Each call is given its start time when it asks, so bursts queue in order.
 */
export class RequestPacer {
  private readonly granted: number[] = [];
  private readonly perSecond: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: { perSecond: number; now?: () => number; sleep?: (ms: number) => Promise<void> }) {
    this.perSecond = options.perSecond;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** When the next request may start (and books it): now, or when the window has room. */
  book(): number {
    const { granted, perSecond } = this;
    let at = Math.max(this.now(), granted.at(-1) ?? -Infinity);
    const windowStart = granted.length >= perSecond ? granted[granted.length - perSecond]! : undefined;
    if (windowStart !== undefined) at = Math.max(at, windowStart + 1000);
    granted.push(at);
    if (granted.length > perSecond) granted.splice(0, granted.length - perSecond);
    return at;
  }

  /** Resolves when this request may start. */
  async slot(): Promise<void> {
    const wait = this.book() - this.now();
    if (wait > 0) await this.sleep(wait);
  }
}
