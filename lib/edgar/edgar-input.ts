import { accessionNumber, bareCik, isCik } from "./cik";

/** What an analyst typed or pasted to find filings on EDGAR, understood. */
export type EdgarInput =
  /** A ticker or a company name: the ticker list decides (a ticker first). */
  | { kind: "company-name"; text: string }
  | { kind: "cik"; cik: string }
  /** One filing: its index page, its folder, or its full submission text. */
  | { kind: "filing"; cik: string; accession: string }
  /** One document of a filing (the primary document, usually), possibly through the iXBRL viewer. */
  | { kind: "document"; cik: string; accession: string; document: string }
  | { kind: "invalid"; message: string };

/** Hosts whose URLs name EDGAR paths; the app fetches those paths from its configured bases only. */
const EDGAR_HOSTS = new Set(["www.sec.gov", "sec.gov", "data.sec.gov", "efts.sec.gov"]);

const archivePath = /^\/Archives\/edgar\/data\/(\d{1,10})\/(\d{18}|\d{10}-\d{2}-\d{6})(?:\/(.*))?$/;

/**
 * Reads a ticker, a company name, a CIK, or an EDGAR URL (a filing's index page or folder, a
 * document, the inline XBRL viewer's `ix?doc=` link, a company's browse page or submissions
 * JSON). URLs of EDGAR's own hosts and of `extraHosts` (a configured mirror) are read for
 * their path only — the app never fetches the address pasted; any other host is refused.
 */
export function parseEdgarInput(raw: string, extraHosts: readonly string[] = []): EdgarInput {
  const text = raw.trim();
  if (text === "")
    return { kind: "invalid", message: "Type a ticker, a company name, a CIK or an EDGAR link." };
  if (text.length > 2_000)
    return { kind: "invalid", message: "That is too long to be a ticker, a CIK or an EDGAR link." };
  if (isCik(text)) return { kind: "cik", cik: bareCik(text) };
  if (/^https?:\/\//i.test(text) || /^(www\.|data\.)?sec\.gov\//i.test(text))
    return parseEdgarUrl(text, extraHosts);
  if (/^[\p{L}\p{N}][\p{L}\p{N} .,&'()/-]{0,119}$/u.test(text)) return { kind: "company-name", text };
  return {
    kind: "invalid",
    message: "Type a ticker (NFLX), a company name, a CIK (1065280) or an EDGAR link.",
  };
}

function parseEdgarUrl(text: string, extraHosts: readonly string[]): EdgarInput {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { kind: "invalid", message: "That link is not a valid URL." };
  }
  const host = url.host.toLowerCase();
  if (!EDGAR_HOSTS.has(host) && !extraHosts.map((each) => each.toLowerCase()).includes(host))
    return {
      kind: "invalid",
      message: "Only links to EDGAR (sec.gov) are read; paste a link to a filing there.",
    };
  // The inline XBRL viewer: /ix?doc=/Archives/edgar/data/…
  const viewed = url.pathname.replace(/\/+$/, "") === "/ix" ? url.searchParams.get("doc") : null;
  const path = decodeURIComponent(viewed ?? url.pathname);
  const archive = archivePath.exec(path);
  if (archive) {
    const cik = bareCik(archive[1]!);
    const rest = archive[3] ?? "";
    // A folder (its index JSON or listing), "…-index.htm(l)", "…-index-headers.html", "….txt".
    const folderAccession = accessionNumber(archive[2]!);
    if (!folderAccession) return { kind: "invalid", message: "That EDGAR link names no filing." };
    if (
      rest === "" ||
      /^(index\.(json|html?)|\d{10}-\d{2}-\d{6}(-index(-headers)?\.html?|\.txt))$/i.test(rest)
    )
      return { kind: "filing", cik, accession: folderAccession };
    if (/^[\w.-]{1,200}$/.test(rest))
      return { kind: "document", cik, accession: folderAccession, document: rest };
    return { kind: "invalid", message: "That EDGAR link names no document of a filing." };
  }
  // An older filing index lives beside the folders: /Archives/edgar/data/{cik}/{accession}-index.htm
  const flatIndex =
    /^\/Archives\/edgar\/data\/(\d{1,10})\/(\d{10}-\d{2}-\d{6})(?:-index(?:-headers)?\.html?|\.txt)$/.exec(
      path,
    );
  if (flatIndex) return { kind: "filing", cik: bareCik(flatIndex[1]!), accession: flatIndex[2]! };
  const submissions = /^\/submissions\/CIK(\d{10})\.json$/.exec(path);
  if (submissions) return { kind: "cik", cik: bareCik(submissions[1]!) };
  if (path === "/cgi-bin/browse-edgar" || path === "/edgar/browse/") {
    const company = url.searchParams.get("CIK") ?? url.searchParams.get("cik") ?? "";
    if (isCik(company)) return { kind: "cik", cik: bareCik(company) };
    if (company) return { kind: "company-name", text: company };
  }
  return { kind: "invalid", message: "That EDGAR link names no company or filing." };
}
