/**
 * The traffic the load and fault tests drive through the real server: writers create
 * annotations and replies through /api/v1 (each write remembered only once the server
 * acknowledged it with 201), readers load the reader page, search and list annotations. Then
 * `verifyAcknowledged` reads everything back through the API and compares.
 */
import { summarize } from "../bench/stats";

export interface LoadUser {
  id: string;
  token: string;
}

/** A write the server acknowledged (201): it must be in the database, exactly once. */
export interface Acknowledged {
  kind: "annotation" | "reply";
  user: number;
  /** The note's or reply's text: unique per write. */
  text: string;
}

export interface Outcome {
  kind: "create annotation" | "add reply" | "reader page" | "search" | "list annotations";
  /** HTTP status, or "network" when no response came (refused, reset, timed out). */
  status: number | "network";
  ms: number;
  /** When it was sent (ms since the epoch). */
  at: number;
}

export const SAMPLE_SLUG = "iij-20f-fy2008";

export class Workload {
  readonly acknowledged: Acknowledged[] = [];
  readonly outcomes: Outcome[] = [];
  private quotes: string[] = [];
  private counter = 0;

  constructor(
    private base: string,
    private users: LoadUser[],
    /** Distinguishes this run's writes from any other's. */
    private run: string,
    /**
     * How long a request may take before the client gives up. Long for the load test: a write
     * the client abandons may still be stored, and then it was never acknowledged.
     */
    private requestTimeoutMs = 60_000,
  ) {}

  /** Reads the sample filing's text once and cuts it into quotes to annotate. */
  async prepare(): Promise<void> {
    const response = await fetch(`${this.base}/api/v1/filings/${SAMPLE_SLUG}?include=text`);
    if (!response.ok) throw new Error(`GET filing answered ${response.status}`);
    const { text } = (await response.json()) as { text: string };
    const words = [...text.matchAll(/\S+(?:\s+\S+){5,9}/g)].map((match) => match[0]);
    this.quotes = words.filter((quote) => quote.length >= 20 && quote.length <= 200);
    if (this.quotes.length < 50) throw new Error("too few quotes in the sample filing");
  }

  private async send(
    kind: Outcome["kind"],
    url: string,
    init: RequestInit & { timeoutMs?: number },
  ): Promise<{ status: number | "network"; json?: Record<string, unknown> }> {
    const at = Date.now();
    const started = performance.now();
    try {
      const response = await fetch(url, {
        ...init,
        signal: AbortSignal.timeout(init.timeoutMs ?? this.requestTimeoutMs),
      });
      const body = await response.text();
      this.outcomes.push({ kind, status: response.status, ms: performance.now() - started, at });
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      return { status: response.status, json };
    } catch {
      this.outcomes.push({ kind, status: "network", ms: performance.now() - started, at });
      return { status: "network" };
    }
  }

  private headers(user: number): Record<string, string> {
    return { authorization: `Bearer ${this.users[user]!.token}`, "content-type": "application/ld+json" };
  }

  /** One writer: annotate, then every other time reply to the note just made, until `stop()`. */
  async writer(user: number, stop: () => boolean): Promise<void> {
    while (!stop()) {
      const n = this.counter++;
      const note = `load ${this.run} note ${n} by ${user} — ¥ “quotes” 😀`;
      const quote = this.quotes[(n * 7919) % this.quotes.length]!;
      const created = await this.send(
        "create annotation",
        `${this.base}/api/v1/filings/${SAMPLE_SLUG}/annotations`,
        {
          method: "POST",
          headers: this.headers(user),
          body: JSON.stringify({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            type: "Annotation",
            body: [
              { type: "TextualBody", value: note, format: "text/markdown", purpose: "commenting" },
              { type: "TextualBody", value: "Question", purpose: "classifying" },
            ],
            target: {
              source: `${this.base}/filings/${SAMPLE_SLUG}`,
              selector: { type: "TextQuoteSelector", exact: quote },
            },
          }),
        },
      );
      if (created.status !== 201 || typeof created.json?.id !== "string") continue;
      this.acknowledged.push({ kind: "annotation", user, text: note });
      if (n % 2 === 1 || stop()) continue;
      const reply = `load ${this.run} reply ${n} by ${user}`;
      const id = created.json.id.split("/").pop();
      const replied = await this.send("add reply", `${this.base}/api/v1/annotations/${id}/replies`, {
        method: "POST",
        headers: this.headers(user),
        body: JSON.stringify({
          type: "Annotation",
          motivation: "replying",
          target: created.json.id,
          bodyValue: reply,
        }),
      });
      if (replied.status === 201) this.acknowledged.push({ kind: "reply", user, text: reply });
    }
  }

  /** One reader: the reader page, a search, the first page of annotations, in turn. */
  async reader(user: number, stop: () => boolean): Promise<void> {
    const searches = ["impairment", "yen", "subsidiaries", "competit", "load"];
    for (let turn = 0; !stop(); turn++) {
      if (turn % 3 === 0) await this.send("reader page", `${this.base}/filings/${SAMPLE_SLUG}`, {});
      else if (turn % 3 === 1)
        await this.send(
          "search",
          `${this.base}/api/v1/search?q=${searches[turn % searches.length]}&filing=${SAMPLE_SLUG}`,
          {
            headers: this.headers(user),
          },
        );
      else
        await this.send("list annotations", `${this.base}/api/v1/filings/${SAMPLE_SLUG}/annotations?page=0`, {
          headers: this.headers(user),
        });
    }
  }

  /** p50/p95 latency and counts per kind of request, and the statuses seen. */
  summary(): Record<string, { count: number; p50: number; p95: number; statuses: Record<string, number> }> {
    const byKind: Record<string, Outcome[]> = {};
    for (const outcome of this.outcomes) (byKind[outcome.kind] ??= []).push(outcome);
    return Object.fromEntries(
      Object.entries(byKind).map(([kind, outcomes]) => {
        const stats = summarize(outcomes.map((outcome) => outcome.ms));
        const statuses: Record<string, number> = {};
        for (const outcome of outcomes) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
        return [
          kind,
          { count: outcomes.length, p50: Math.round(stats.p50), p95: Math.round(stats.p95), statuses },
        ];
      }),
    );
  }
}

/**
 * Reads back, through the API, every note and reply of this run each user can see (their own:
 * the writers' notes are private) and compares with what was acknowledged.
 * @returns the acknowledged writes not found, those found more than once, and writes of this
 *   run found that were never acknowledged (allowed only for writes cut off by a fault)
 */
export async function verifyAcknowledged(options: {
  base: string;
  users: LoadUser[];
  run: string;
  acknowledged: Acknowledged[];
}): Promise<{ stored: number; missing: Acknowledged[]; duplicated: string[]; unacknowledged: string[] }> {
  const found = new Map<string, number>();
  for (const [index, user] of options.users.entries()) {
    let next: string | undefined = `${options.base}/api/v1/filings/${SAMPLE_SLUG}/annotations?page=0`;
    while (next) {
      const response = await fetch(next, { headers: { authorization: `Bearer ${user.token}` } });
      if (response.status === 404) break; // no page 0: nothing stored
      if (!response.ok) throw new Error(`reading back annotations of user ${index}: ${response.status}`);
      const page = (await response.json()) as {
        items: Array<{ body?: Array<{ value: string; purpose?: string }> }>;
        next?: string;
      };
      for (const item of page.items)
        for (const body of item.body ?? [])
          if (body.purpose !== "classifying" && body.value.startsWith(`load ${options.run} `))
            found.set(`${index}|${body.value}`, (found.get(`${index}|${body.value}`) ?? 0) + 1);
      next = page.next;
    }
  }
  const expected = new Set(options.acknowledged.map((write) => `${write.user}|${write.text}`));
  return {
    stored: [...found.values()].reduce((sum, count) => sum + count, 0),
    missing: options.acknowledged.filter((write) => !found.has(`${write.user}|${write.text}`)),
    duplicated: [...found].filter(([, count]) => count > 1).map(([key]) => key),
    unacknowledged: [...found.keys()].filter((key) => !expected.has(key)),
  };
}
