import { requireApiReader } from "@/server/api/access";
import { apiRoute } from "@/server/api/handler";
import { readCompanyFilings } from "@/server/edgar/read-company-filings";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/companies/{cik}?form=10-K&form=20-F: a company's filings as EDGAR lists them
 * (recent ones), each with the library's copy when it was imported, imported ones first.
 */
export const GET = apiRoute<{ cik: string }>(async (context, { cik }) => {
  requireApiReader(context);
  const forms = context.url.searchParams.getAll("form").slice(0, 10);
  const { company, filings } = await readCompanyFilings({ cik, forms });
  return Response.json({
    cik: company.cik,
    name: company.name,
    tickers: company.tickers,
    filings: filings.map((filing) => ({
      accessionNumber: filing.accession,
      form: filing.form,
      filingDate: filing.filingDate,
      reportDate: filing.reportDate,
      primaryDocument: filing.primaryDocument,
      description: filing.description,
      imported: filing.slug
        ? { slug: filing.slug, reader: `${context.baseUrl}/filings/${filing.slug}` }
        : null,
    })),
  });
});
