import { z } from "zod";
import { bareCik } from "./cik";

/** One entry of EDGAR's ticker list: a ticker, its company's CIK and name. */
export interface EdgarTicker {
  cik: string;
  ticker: string;
  name: string;
}

const tickerListSchema = z.record(
  z.string(),
  z.object({ cik_str: z.union([z.number(), z.string()]), ticker: z.string(), title: z.string() }),
);

/** EDGAR's `company_tickers.json` as a list (null when the JSON is not one). */
export function parseTickerList(json: unknown): EdgarTicker[] | null {
  const parsed = tickerListSchema.safeParse(json);
  if (!parsed.success) return null;
  return Object.values(parsed.data).map((entry) => ({
    cik: bareCik(entry.cik_str),
    ticker: entry.ticker.toUpperCase(),
    name: entry.title,
  }));
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Companies matching what an analyst typed, best first: the exact ticker, then tickers that
 * start with it, then names whose words start with its words ("net" finds Netflix). One entry
 * per company (its first ticker in the list, EDGAR's primary). At most `limit`.
 */
export function searchTickers(list: readonly EdgarTicker[], typed: string, limit = 10): EdgarTicker[] {
  const text = typed.trim();
  if (text === "") return [];
  const upper = text.toUpperCase();
  const query = words(text).split(" ").filter(Boolean);
  const scored: Array<{ entry: EdgarTicker; score: number; order: number }> = [];
  list.forEach((entry, order) => {
    let score = 0;
    if (entry.ticker === upper) score = 4;
    else if (entry.ticker.startsWith(upper) && upper.length >= 2) score = 2;
    const name = words(entry.name).split(" ");
    if (query.length > 0 && query.every((word) => name.some((part) => part.startsWith(word))))
      score = Math.max(score, name[0]?.startsWith(query[0]!) ? 3 : 1);
    if (score > 0) scored.push({ entry, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const seen = new Set<string>();
  const found: EdgarTicker[] = [];
  for (const { entry } of scored) {
    if (seen.has(entry.cik)) continue;
    seen.add(entry.cik);
    found.push(entry);
    if (found.length === limit) break;
  }
  return found;
}
