/**
 * A fake EDGAR for the tests: a small HTTP server answering EDGAR's paths (both www.sec.gov's
 * and data.sec.gov's, companies' XBRL facts at /api/xbrl/companyfacts/ among them) with recorded
 * responses from lib/edgar/__fixtures__ (see its SOURCES.md), and the documents of Netflix's
 * 10-K and BetterLife's 20-F from the filing fixtures. Like the SEC, it refuses a request
 * without a User-Agent (403). Tests can make paths fail first (429, 503…) and read what was asked,
 * and publish a new filing of a company (in process, or `POST /__fake-edgar/publish` with
 * `{"cik", "form"}`): it is listed first in the company's submissions, with a small document.
 * They can hold the next request for a path unanswered (`holdNext`, or `POST /__fake-edgar/hold`
 * then `/__fake-edgar/release` with `{"path"}`), to see a server in the middle of a download.
 */
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const fixtures = path.resolve(import.meta.dirname, "../../lib/edgar/__fixtures__");
const filingFixture = (name: string) =>
  path.resolve(import.meta.dirname, "../../lib/filing/__fixtures__", name);
const documents: Record<string, string> = {
  "/Archives/edgar/data/1065280/000106528025000044/nflx-20241231.htm":
    filingFixture("netflix-10k-fy2024.htm"),
  // A placeholder accession (see the fixtures' SOURCES.md).
  "/Archives/edgar/data/1464165/000146416525999999/betterlife-20f-fy2025.htm":
    filingFixture("betterlife-20f-fy2025.htm"),
};

/** A filing the fake EDGAR was told to publish. */
export interface PublishedFiling {
  cik: string;
  accession: string;
  form: string;
  filingDate: string;
  reportDate: string;
  primaryDocument: string;
}

/**
 * A short annual report with two risk factors, unique to its accession; `revised`, its first
 * risk factor reworded (as next year's report might).
 */
function publishedDocument(company: string, filing: PublishedFiling, revised: boolean): string {
  const year = filing.reportDate.slice(0, 4);
  const prices = revised
    ? `Prices fell sharply again in ${year}, and our revenues of $2,790 million were 7% lower. Lower prices for longer would force us to cut capital spending and could impair the value of our assets.`
    : `Our revenues were $3,012 million in ${year}, 8% lower than the year before, as prices fell. A further decline would reduce the cash we have to invest.`;
  return `<html><head><title>${filing.form} ${year}</title></head><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM ${filing.form}</p>
<p>${company}</p>
<p>For the fiscal year ended December 31, ${year}</p>
<p><b>Item 1A. Risk Factors</b></p>
<p><b>Volatile commodity prices affect our revenues and cash flows.</b></p>
<p>${prices}</p>
<p><b>Our reserves are estimates and may prove to be lower.</b></p>
<p>Estimates of proved reserves depend on assumptions that may turn out to be wrong; a 10% change in prices would change them materially.</p>
<p><b>Item 1B. Unresolved Staff Comments</b></p>
<p>None. (Filed as accession ${filing.accession}.)</p>
</body></html>`;
}

interface PublishOptions {
  cik: string;
  form: string;
  reportDate?: string;
  revised?: boolean;
}

export interface FakeEdgar {
  /** The base URL for both MARGINALIA_EDGAR_WWW and MARGINALIA_EDGAR_DATA. */
  url: string;
  /** Every request, in order: its path and User-Agent. */
  requests: Array<{ path: string; userAgent: string | undefined }>;
  /** The next requests for `path` are answered with these statuses, in order, before the real answer. */
  failNext(path: string, statuses: number[]): void;
  /**
   * The next request for `path` waits, unanswered, until released (then is answered as usual):
   * `reached` resolves when it arrives. For catching a server in the middle of a download.
   */
  holdNext(path: string): { reached: Promise<void>; release(): void };
  /**
   * Publishes a new filing of the company (a bare or padded CIK), filed today, listed first:
   * for the period ending `reportDate` (default: last 31 December), its first risk factor
   * reworded when `revised`.
   */
  publish(options: PublishOptions): Promise<PublishedFiling>;
  close(): Promise<void>;
}

/** Starts a fake EDGAR on a loopback port: `port`, or a free one. */
export async function startFakeEdgar(options: { port?: number } = {}): Promise<FakeEdgar> {
  const requests: FakeEdgar["requests"] = [];
  const failures = new Map<string, number[]>();
  const holds = new Map<string, Array<{ arrive(): void; released: Promise<void> }>>();
  /** Published filings by bare CIK, newest first; and their documents by path. */
  const published = new Map<string, PublishedFiling[]>();
  const publishedDocuments = new Map<string, string>();
  let publishedCount = 0;
  const submissionsPath = (cik: string) =>
    path.join(fixtures, "submissions", `CIK${cik.padStart(10, "0")}.json`);

  async function publish(options: PublishOptions): Promise<PublishedFiling> {
    const cik = options.cik.replace(/^0+/, "");
    const submissions = JSON.parse(await readFile(submissionsPath(cik), "utf8")) as { name: string };
    const today = new Date().toISOString().slice(0, 10);
    const sequence = String(900_000 + ++publishedCount + Math.floor(Math.random() * 90_000)).padStart(6, "0");
    const accession = `${cik.padStart(10, "0")}-${today.slice(2, 4)}-${sequence}`;
    const filing: PublishedFiling = {
      cik,
      accession,
      form: options.form,
      filingDate: today,
      reportDate: options.reportDate ?? `${Number(today.slice(0, 4)) - 1}-12-31`,
      primaryDocument: `published-${sequence}.htm`,
    };
    published.set(cik, [filing, ...(published.get(cik) ?? [])]);
    publishedDocuments.set(
      `/Archives/edgar/data/${cik}/${accession.replace(/-/g, "")}/${filing.primaryDocument}`,
      publishedDocument(submissions.name, filing, options.revised ?? false),
    );
    return filing;
  }

  /** The company's submissions with what was published listed first, as EDGAR lists new filings. */
  async function submissionsWithPublished(cik: string): Promise<string> {
    const submissions = JSON.parse(await readFile(submissionsPath(cik), "utf8")) as {
      filings: { recent: Record<string, unknown[]> };
    };
    const recent = submissions.filings.recent;
    for (const filing of [...(published.get(cik) ?? [])].reverse()) {
      const row: Record<string, unknown> = {
        accessionNumber: filing.accession,
        filingDate: filing.filingDate,
        reportDate: filing.reportDate,
        acceptanceDateTime: `${filing.filingDate}T16:00:00.000Z`,
        form: filing.form,
        size: 20_000,
        isXBRL: 0,
        isInlineXBRL: 0,
        primaryDocument: filing.primaryDocument,
        primaryDocDescription: filing.form,
      };
      for (const [field, values] of Object.entries(recent)) values.unshift(row[field] ?? "");
    }
    return JSON.stringify(submissions);
  }

  /** Releases of the holds asked for over HTTP, by path. */
  const heldOverHttp = new Map<string, Array<() => void>>();

  /** The test's control requests (POST /__fake-edgar/…), answered with JSON. */
  async function control(action: string, asked: Record<string, unknown>): Promise<unknown> {
    if (action === "publish")
      return publish({
        cik: String(asked.cik),
        form: String(asked.form),
        reportDate: typeof asked.reportDate === "string" ? asked.reportDate : undefined,
        revised: asked.revised === true,
      });
    const heldPath = String(asked.path);
    if (action === "hold") {
      const { release } = fake.holdNext(heldPath);
      heldOverHttp.set(heldPath, [...(heldOverHttp.get(heldPath) ?? []), release]);
      return { held: heldPath };
    }
    if (action === "release") {
      for (const release of heldOverHttp.get(heldPath) ?? []) release();
      heldOverHttp.delete(heldPath);
      return { released: heldPath };
    }
    throw new Error(`no control ${action}`);
  }

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-edgar");
    const userAgent = request.headers["user-agent"];
    requests.push({ path: url.pathname, userAgent });
    const action = /^\/__fake-edgar\/(\w+)$/.exec(url.pathname)?.[1];
    if (request.method === "POST" && action) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      try {
        const answer = await control(action, JSON.parse(Buffer.concat(chunks).toString("utf8")));
        return void response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify(answer));
      } catch {
        return void response.writeHead(400).end("Not a control request the fake EDGAR knows.");
      }
    }
    if (!userAgent) return void response.writeHead(403).end("Undeclared automated tool");
    const hold = holds.get(url.pathname)?.shift();
    if (hold) {
      hold.arrive();
      await hold.released;
    }
    const failure = failures.get(url.pathname)?.shift();
    if (failure) return void response.writeHead(failure, { "retry-after": "0" }).end(`status ${failure}`);
    const publishedBody = publishedDocuments.get(url.pathname);
    if (publishedBody)
      return void response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(publishedBody);
    const publishedCik = /^\/submissions\/CIK0*(\d+)\.json$/.exec(url.pathname)?.[1];
    if (publishedCik && published.has(publishedCik))
      return void response
        .writeHead(200, { "content-type": "application/json" })
        .end(await submissionsWithPublished(publishedCik));
    const file =
      documents[url.pathname] ??
      // Only EDGAR-shaped paths map to the fixtures folder (never outside it).
      (/^\/(files|submissions|Archives|api\/xbrl)\/[\w./-]+$/.test(url.pathname) &&
      !url.pathname.includes("..")
        ? path.join(fixtures, url.pathname)
        : null);
    try {
      if (!file) throw new Error("not an EDGAR path");
      const body = await readFile(file);
      const type = file.endsWith(".json") ? "application/json" : "text/html; charset=utf-8";
      response.writeHead(200, { "content-type": type, "content-length": body.byteLength }).end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeEdgar = {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (path, statuses) => failures.set(path, [...(failures.get(path) ?? []), ...statuses]),
    publish,
    holdNext(path) {
      let arrive!: () => void;
      let release!: () => void;
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.set(path, [...(holds.get(path) ?? []), { arrive, released }]);
      return { reached, release };
    },
    close: () =>
      new Promise((resolve) => {
        // Held requests whose client died must not keep the server open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
