import "server-only";
import { parseTickerList, type EdgarTicker } from "@/lib/edgar/company-tickers";
import { AppError } from "@/server/errors";
import { fetchEdgar } from "./fetch-edgar";

/** The decoded list, per process, for as long as its kept copy is fresh. */
let memo: { list: EdgarTicker[]; until: number } | null = null;
const KEEP_SECONDS = 24 * 60 * 60;

/**
 * EDGAR's ticker list (`/files/company_tickers.json`: every listed company's tickers, CIK and
 * name), kept a day.
 * @throws AppError from fetchEdgar, or "upstream-unavailable" when EDGAR sends something else
 */
export async function readTickerList(): Promise<EdgarTicker[]> {
  if (memo && memo.until > Date.now()) return memo.list;
  const body = await fetchEdgar({
    host: "www",
    path: "/files/company_tickers.json",
    maxBytes: 10_000_000,
    notFound: "EDGAR's ticker list is not where it should be.",
    keepForSeconds: KEEP_SECONDS,
  });
  let list: EdgarTicker[] | null = null;
  try {
    list = parseTickerList(JSON.parse(body));
  } catch {
    list = null;
  }
  if (!list) throw new AppError("upstream-unavailable", "EDGAR's ticker list could not be read.");
  memo = { list, until: Date.now() + 10 * 60 * 1000 };
  return list;
}
