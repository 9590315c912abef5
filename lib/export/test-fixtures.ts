/**
 * Realistic export input for the tests: a filing with three risk factors and annotations that
 * cover the awkward cases (no note, many tags, Markdown, nested and deleted replies, non-ASCII,
 * text that looks like a spreadsheet formula or a Markdown heading). Test-only.
 */
import fc from "fast-check";
import { describeSelection } from "@/lib/anchoring/describe";
import type { ExportAnnotation, ExportComment, ExportFiling, ExportRiskFactor } from "./types";

export const BASE_URL = "https://marginalia.example";

export const FILING: ExportFiling = {
  slug: "kabushiki-10-k-2024",
  company: "Kabushiki Holdings, Inc.",
  form: "10-K",
  fiscalYear: 2024,
};

const PARAGRAPHS = [
  "Item 1A. Risk Factors",
  "Our revenue is concentrated among a small number of customers. Our largest customer accounted for approximately 12% of our total revenue, or ¥5,025 million.",
  "Currency fluctuations could reduce our results. In Egypt الهامش 🇪🇬 appears on every invoice, and a stronger yen lowers reported revenue.",
  "Cybersecurity incidents could disrupt our operations. A breach could result in regulatory penalties and damage to our reputation.",
  "Item 7. Management's Discussion and Analysis",
  "Net sales grew 8% to $4.2 billion, driven by volume.",
];

/** The filing's canonical text. */
const TEXT = PARAGRAPHS.join("\n\n");

function rangeOf(paragraph: string): { start: number; end: number } {
  const start = TEXT.indexOf(paragraph);
  if (start < 0) throw new Error(`fixture paragraph not found: ${paragraph}`);
  return { start, end: start + paragraph.length };
}

export const RISK_FACTORS: ExportRiskFactor[] = [
  { ordinal: 1, title: "Customer concentration", category: "Market", ...rangeOf(PARAGRAPHS[1]!) },
  { ordinal: 2, title: "Currency risk", category: "Financial", ...rangeOf(PARAGRAPHS[2]!) },
  { ordinal: 3, title: "Cybersecurity", category: "Operational", ...rangeOf(PARAGRAPHS[3]!) },
];

function at(iso: string): Date {
  return new Date(iso);
}

/** An annotation on the first occurrence of `quote` in TEXT, with its real selectors. */
export function annotationOn(
  quote: string,
  fields: Partial<ExportAnnotation> & Pick<ExportAnnotation, "id">,
): ExportAnnotation {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  const { quote: selector } = describeSelection(TEXT, start, start + quote.length);
  const riskFactor = RISK_FACTORS.find((rf) => rf.start <= start && start < rf.end);
  return {
    filingSlug: FILING.slug,
    label: "Note",
    note: "",
    tags: [],
    exact: selector.exact,
    prefix: selector.prefix,
    suffix: selector.suffix,
    start,
    end: start + quote.length,
    orphaned: false,
    authorId: "user-ana",
    authorName: "Ana Lima",
    workspaceName: null,
    riskFactorTitle: riskFactor?.title ?? null,
    createdAt: at("2025-01-10T09:00:00.000Z"),
    updatedAt: at("2025-01-10T09:00:00.000Z"),
    resolvedAt: null,
    comments: [],
    ...fields,
  };
}

export function comment(fields: Partial<ExportComment> & Pick<ExportComment, "id" | "body">): ExportComment {
  return {
    parentId: null,
    authorId: "user-ben",
    authorName: "Ben Okafor",
    createdAt: at("2025-01-11T10:00:00.000Z"),
    editedAt: null,
    deletedAt: null,
    ...fields,
  };
}

/** A highlight: no note, no tags, no replies. */
export const HIGHLIGHT = annotationOn("approximately 12% of our total revenue", {
  id: "3f1b2c4d-0000-4000-8000-000000000001",
  label: "Figure",
});

/** A Markdown note, tags, non-ASCII, and a thread with a nested reply and a deleted comment. */
export const DISCUSSED = annotationOn("In Egypt الهامش 🇪🇬 appears on every invoice", {
  id: "3f1b2c4d-0000-4000-8000-000000000002",
  label: "Risk",
  note: "**FX exposure** in ¥ and EGP:\n\n- check the hedge\n- see [note 12](https://example.com/n12) 🙂",
  tags: ["fx", "égypte", "日本"],
  workspaceName: "Research",
  updatedAt: at("2025-01-12T08:30:00.000Z"),
  comments: [
    comment({ id: "c1", body: "Is the EGP exposure hedged?", createdAt: at("2025-01-11T10:00:00.000Z") }),
    comment({
      id: "c2",
      parentId: "c1",
      authorId: "user-ana",
      authorName: "Ana Lima",
      body: "Partly — see *note 12*.",
      createdAt: at("2025-01-11T11:00:00.000Z"),
      editedAt: at("2025-01-11T11:05:00.000Z"),
    }),
    comment({
      id: "c3",
      parentId: "c2",
      body: "Thanks! مرحبا 👍",
      createdAt: at("2025-01-11T12:00:00.000Z"),
    }),
    comment({
      id: "c4",
      body: "(removed)",
      createdAt: at("2025-01-11T13:00:00.000Z"),
      deletedAt: at("2025-01-11T13:30:00.000Z"),
    }),
    comment({
      id: "c5",
      parentId: "c4",
      body: "Replying to a deleted comment",
      createdAt: at("2025-01-11T14:00:00.000Z"),
    }),
  ],
});

/** Text that a spreadsheet would run and Markdown that would make headings, on a resolved annotation. */
export const HOSTILE = annotationOn("regulatory penalties", {
  id: "3f1b2c4d-0000-4000-8000-000000000003",
  label: "Question",
  note: "# Not a heading\n=cmd|' /C calc'!A0\n\n## Nor this\n---\n<h1>raw</h1>",
  tags: ["@risk", "-1", "+fx"],
  authorName: '=HYPERLINK("http://evil.example")',
  resolvedAt: at("2025-02-01T00:00:00.000Z"),
  comments: [comment({ id: "c6", body: "# Heading?\n\n1. list\n> quote" })],
});

/** An annotation outside every risk factor. */
export const OUTSIDE = annotationOn("Net sales grew 8% to $4.2 billion", {
  id: "3f1b2c4d-0000-4000-8000-000000000004",
  label: "Figure",
  note: "Organic growth only.",
  tags: ["growth"],
});

export const ANNOTATIONS: ExportAnnotation[] = [HIGHLIGHT, DISCUSSED, HOSTILE, OUTSIDE];

/** Markdown-significant characters, whitespace and non-ASCII: hostile text for property tests. */
export const hostileText = fc.string({
  unit: fc.constantFrom(
    ..."#=-+*_`~>|<[]()!\\&;:.1 \t\n".split(""),
    "\r\n",
    "```",
    "<h1>",
    "&amp;",
    "1. ",
    "- ",
    "    ",
    "é",
    "🇪🇬",
    "الهامش",
    "a",
    "Z",
  ),
  maxLength: 40,
});
