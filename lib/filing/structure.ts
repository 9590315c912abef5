/**
 * Structure of a filing from its source blocks: section headings (10-K "Item 1A.", 20-F
 * "D. Risk Factors"), and inside risk-factor sections the group headers and risk-factor titles.
 *
 * Titles are found by their look when the document has one (HTML emphasis: a block entirely
 * bold/italic/underlined, or an emphasized run-in sentence) and otherwise by how they read:
 * a one-sentence paragraph followed by its body, or — in text whose titles were run into their
 * paragraph — a first sentence that states a risk. Cues against a title: connectives that
 * continue the discussion ("Additionally", "While", "also"), cross-references ("Please see"),
 * years (narrative), and heavy overlap with the current title (the body restating its risk).
 */
import type { BlockKind, TableLayout } from "./types";
import type { SourceBlock } from "./source-block";
import {
  LIST_MARKER,
  contentWords,
  endsWithSentencePunctuation,
  firstSentenceEnd,
  isAllCaps,
  isPageNumberText,
  isTitleCase,
  sentenceCount,
  startsWithListMarker,
  wordCount,
} from "./text-cues";

/** A block of the analysed filing before it is placed in the canonical text. */
export interface StructuredBlock {
  text: string;
  kind: BlockKind;
  /** For section headings: the label ("D", "1A", "Part II"), the title ("Risk Factors") and depth. */
  section?: { label: string; title: string; level: 1 | 2 | 3 };
  /** For tables: the grid of the text. */
  table?: TableLayout;
}

interface SectionHeading {
  label: string;
  title: string;
  /** 1 a Part, 2 an Item (or a bare "Risk Factors"), 3 a 20-F sub-item letter. */
  level: 1 | 2 | 3;
  /** A 20-F sub-item letter ("D."), trusted only when several appear or it names risk factors. */
  letter: boolean;
  /** A numbered heading ("5. Risk Factors" in an annual information form), trusted like letters. */
  numbered?: boolean;
  /** A prospectus section ("USE OF PROCEEDS"), kept only in a document without Items. */
  prospectus?: boolean;
  /** The text after the label ends with a page number: a table-of-contents entry. */
  pageReference: boolean;
}

const ITEM_HEADING =
  /^(?:ITEM|Item)\s+(\d{1,2}[A-Za-z]?)(?:\s*\.\s*([A-Z]|\d{1,2})(?![A-Za-z]))?\s*(?:[.:\-–—]\s*)?(.*)$/;
const LETTER_HEADING = /^([A-H])\.\s+(\S.*)$/;
/** Titles of the financial statements and their notes. */
const FINANCIAL_STATEMENT =
  /^(?:consolidated\s+|combined\s+)?(?:balance sheets?|statements? of (?:financial position|(?:consolidated\s+)?(?:operations|income|earnings|comprehensive (?:income|loss)|(?:operations and )?comprehensive (?:income|loss)|cash flows|(?:changes in )?(?:stockholders|shareholders|shareowners)['’]? (?:equity|deficit)|changes in equity))|notes to (?:the )?(?:consolidated |combined )?financial statements|reports? of independent registered public accounting firm)$/i;
/** "PART I", "Part II — Other Information", "PART IV." */
const PART_HEADING = /^(?:PART|Part)\s+(IV|V|VI|I{1,3})\b\s*(?:[.:\-–—]\s*)?(.*)$/;
/** A table-of-contents entry ends with its page number, often after dot leaders. */
const PAGE_REFERENCE = /(?:\.{2,}|\s|…)\s*(?:[0-9]{1,3}|[ivxlc]{1,6})$/;

/** A risk section's own heading, without an Item label. */
const RISK_SECTION_TITLE =
  /^(?:(?:certain\s+)?risk factors(?:\s+and\s+uncertainties)?|(?:issues|risks)\s+and\s+uncertainties|(?:certain\s+)?(?:business|investment)\s+risks|(?:certain\s+)?(?:additional\s+)?(?:cautionary\s+)?(?:risks|factors)(?:\s+and\s+uncertainties)?\s+that\s+(?:may|could|might)\s+affect\s+(?:our\s+|the\s+company['’]s\s+)?future\s+(?:operating\s+)?(?:results|performance)(?:\s+and\s+(?:our\s+)?financial\s+condition)?)$/i;

/** Sections of a prospectus (Regulation S-K's usual order), as bare headings. */
const PROSPECTUS_SECTION =
  /^(?:use of proceeds|dividend policy|capitali[sz]ation|dilution|(?:special|cautionary) (?:note|statement)s? (?:regarding|concerning|about|on) forward[- ]looking statements|forward[- ]looking statements|underwriting|plan of distribution|legal matters|experts|where you can find (?:more|additional) information|description of (?:capital stock|share capital|securities|the notes|notes|the securities)|prospectus summary|the offering|selected (?:consolidated )?financial (?:data|information))$/i;
/** "5. Risk Factors": a numbered heading of a document without Items. */
const NUMBERED_HEADING = /^([1-9]\d?)\.\s+([A-Z].*)$/;

/** Does a section title name a risk section ("Risk Factors", "Factors That May Affect Future Results")? */
export function isRiskSectionTitle(title: string): boolean {
  return /risk factors/i.test(title) || RISK_SECTION_TITLE.test(title);
}

function stripHeadingPunctuation(title: string): string {
  return title.replace(/[\s.:;–—-]+$/, "").trim();
}

/** Reads a block as a section heading, if it is one (without checking for a TOC). */
function parseSectionHeading(block: SourceBlock): SectionHeading | undefined {
  if (block.table || block.text.length > 220 || block.text.includes("\n")) return undefined;
  const text = block.text;
  const item = ITEM_HEADING.exec(text);
  if (item !== null) {
    const label = `${item[1] ?? ""}${item[2] ?? ""}`.toUpperCase();
    const rest = (item[3] ?? "").trim();
    if (rest.length > 0 && !/^[A-Z“"'(‘[]/.test(rest)) return undefined;
    const title = stripHeadingPunctuation(rest);
    if (wordCount(title) > 20 || sentenceCount(title) > 1) return undefined;
    return { label, title, level: 2, letter: false, pageReference: PAGE_REFERENCE.test(rest) };
  }
  const part = PART_HEADING.exec(text);
  if (part !== null) {
    const rest = (part[2] ?? "").trim();
    const title = stripHeadingPunctuation(rest);
    if (rest.length > 0 && !/^[A-Z“"'(‘]/.test(rest)) return undefined;
    if (
      wordCount(title) > 12 ||
      sentenceCount(title) > 1 ||
      (title !== "" && !isTitleCase(title) && !isAllCaps(title))
    )
      return undefined;
    return {
      label: `Part ${(part[1] ?? "").toUpperCase()}`,
      title,
      level: 1,
      letter: false,
      pageReference: PAGE_REFERENCE.test(rest),
    };
  }
  const letter = LETTER_HEADING.exec(text);
  if (letter !== null) {
    const rest = letter[2] ?? "";
    const title = stripHeadingPunctuation(rest);
    if (wordCount(title) > 12 || sentenceCount(title) > 1 || !isTitleCase(title) || /:$/.test(text))
      return undefined;
    return {
      label: letter[1] ?? "",
      title,
      level: 3,
      letter: true,
      pageReference: PAGE_REFERENCE.test(rest),
    };
  }
  const bare = stripHeadingPunctuation(text);
  // "RISK FACTORS", "Risk Factors", "Risk factors" (a sentence-case sub-heading), and the
  // older names: "Factors That May Affect Future Results", "Certain Factors…".
  if (RISK_SECTION_TITLE.test(bare) && !/[.?!]$/.test(text.trim()) && /^[A-Z]/.test(bare))
    return { label: "", title: bare, level: 2, letter: false, pageReference: PAGE_REFERENCE.test(bare) };
  // The sections of a prospectus that follow its risk factors ("USE OF PROCEEDS"): they end it.
  if (PROSPECTUS_SECTION.test(bare) && (isAllCaps(bare) || isTitleCase(bare)))
    return { label: "", title: bare, level: 2, letter: false, prospectus: true, pageReference: false };
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered !== null) {
    const title = stripHeadingPunctuation(numbered[2] ?? "");
    if (wordCount(title) <= 8 && (isTitleCase(title) || isAllCaps(title)))
      return {
        label: numbered[1] ?? "",
        title,
        level: 2,
        letter: false,
        numbered: true,
        pageReference: false,
      };
  }
  // The financial statements, often after the signatures (Item 8 refers to them): reachable
  // from the outline like the Items.
  if (FINANCIAL_STATEMENT.test(bare) && (isAllCaps(bare) || isTitleCase(bare)))
    return { label: "", title: bare, level: 3, letter: false, pageReference: false };
  return undefined;
}

/**
 * Finds the section headings: index of block → heading. Table-of-contents entries are left
 * out: those ending with a page number or linking inside the document, runs of three or more
 * headings with nothing between them, and earlier duplicates of a label with no content.
 */
function findSectionHeadings(blocks: readonly SourceBlock[]): Map<number, SectionHeading> {
  const candidates = new Map<number, SectionHeading>();
  blocks.forEach((block, index) => {
    const heading = parseSectionHeading(block);
    if (heading !== undefined && !heading.pageReference && !block.internalLink)
      candidates.set(index, heading);
  });
  // Numbered headings only in a document without Items, two at least, one naming risk factors.
  const hasItems = [...candidates.values()].some(
    (h) => h.level === 2 && h.numbered !== true && h.label !== "",
  );
  const numbered = [...candidates.values()].filter((h) => h.numbered === true);
  const keepNumbered = !hasItems && numbered.length >= 2 && numbered.some((h) => isRiskSectionTitle(h.title));
  for (const [index, heading] of candidates)
    if ((heading.numbered === true && !keepNumbered) || (heading.prospectus === true && hasItems))
      candidates.delete(index);
  // Runs of adjacent headings are a table of contents.
  const indexes = [...candidates.keys()].sort((a, b) => a - b);
  let runStart = 0;
  for (let i = 1; i <= indexes.length; i++) {
    const adjacent = i < indexes.length && (indexes[i] ?? 0) === (indexes[i - 1] ?? 0) + 1;
    if (adjacent) continue;
    if (i - runStart >= 3) for (let j = runStart; j < i; j++) candidates.delete(indexes[j] ?? -1);
    runStart = i;
  }
  // A label seen twice: the earlier one directly followed by another heading is a TOC entry.
  const byLabel = new Map<string, number[]>();
  for (const [index, heading] of candidates) {
    const key = `${heading.letter ? "L" : "I"}${heading.label || heading.title.toLowerCase()}`;
    byLabel.set(key, [...(byLabel.get(key) ?? []), index]);
  }
  for (const positions of byLabel.values()) {
    if (positions.length < 2) continue;
    for (const index of positions.slice(0, -1)) if (candidates.has(index + 1)) candidates.delete(index);
  }
  // 20-F sub-item letters need company: two of them, or a risk-factor title.
  const letters = [...candidates.values()].filter((h) => h.letter).length;
  for (const [index, heading] of candidates) {
    if (heading.letter && letters < 2 && !/risk factors/i.test(heading.title)) candidates.delete(index);
  }
  // A bare risk heading only when no labelled risk section exists; inside an Item it is a
  // sub-section of it (the outline nests it).
  const labelledRisk = [...candidates.values()].some((h) => h.label !== "" && isRiskSectionTitle(h.title));
  let inItem = false;
  for (const index of [...candidates.keys()].sort((a, b) => a - b)) {
    const heading = candidates.get(index);
    if (heading === undefined) continue;
    const bareRisk = heading.label === "" && RISK_SECTION_TITLE.test(heading.title);
    if (bareRisk && labelledRisk) candidates.delete(index);
    else if (heading.label === "" && heading.level === 2 && inItem)
      candidates.set(index, { ...heading, level: 3 });
    if (heading.level === 1) inItem = false;
    else if (heading.level === 2 && heading.label !== "") inItem = true;
  }
  // A bare, centred risk heading ends at the next heading set the same way ("RISK FACTORS" …
  // "EXECUTIVE OFFICERS OF THE REGISTRANT", both centred capitals inside Item 1): a peer section,
  // not the last risk factor.
  for (const [index, heading] of [...candidates].sort(([a], [b]) => a - b)) {
    const block = blocks[index];
    if (heading.label !== "" || !RISK_SECTION_TITLE.test(heading.title) || !block?.centered) continue;
    for (let k = index + 1; k < blocks.length && !candidates.has(k); k++) {
      const next = blocks[k]!;
      const title = stripHeadingPunctuation(next.text);
      if (
        next.centered &&
        !next.table &&
        // Not the risks' own group headers ("RISKS RELATED TO OUR BUSINESS").
        !/\b(?:risks?|factors?|uncertaint)/i.test(title) &&
        next.emphasis === block.emphasis &&
        isAllCaps(title) &&
        wordCount(title) <= 10 &&
        !/[.?!:;]$/.test(next.text.trim()) &&
        !isPageNumberText(next.text)
      ) {
        candidates.set(k, { label: "", title, level: heading.level, letter: false, pageReference: false });
        break;
      }
    }
  }
  // A page's running header ("Part II  Item 7") repeats the Part or Item the text is in,
  // without its title: not a new section.
  const current = new Map<number, string>();
  for (const index of [...candidates.keys()].sort((a, b) => a - b)) {
    const heading = candidates.get(index);
    if (heading === undefined || heading.letter || heading.numbered === true || heading.label === "")
      continue;
    if (heading.title === "" && current.get(heading.level) === heading.label) candidates.delete(index);
    else {
      current.set(heading.level, heading.label);
      if (heading.level === 1) current.delete(2);
    }
  }
  return candidates;
}

/** Connectives and openers that continue a discussion rather than state a new risk. */
const CONTINUING_OPENER =
  /^(?:additionally|moreover|furthermore|further,|also|however|in addition|similarly|likewise|finally|accordingly|consequently|therefore|thus|hence|for example|for instance|as a result|as noted|as discussed|as described|as such|nevertheless|nonetheless|in particular|specifically|notwithstanding|while|whilst|although|though|even|to the extent|given|as|because|since|when|where|pursuant|see|please|refer|for more|for further|for additional|for a (?:discussion|description|further)|there (?:is|are|can|may|will)|it is|we believe|we also|we expect|we continue|we intend|we anticipate|these|this|such|those|that|all of these|each of these|any of these|the foregoing|in (?:(?:19|20)\d\d|the past|recent years|fiscal|calendar|the (?:first|second|third|fourth))|on (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
/** Openers of a paragraph that adds to what came before (so what came before was body too). */
const ADDITIVE_OPENER =
  /^(?:additionally|moreover|furthermore|further|also|in addition|similarly|likewise|finally|accordingly|consequently|therefore|thus|however|nevertheless|nonetheless|as a result|for example|for instance|in particular|in that event|in such (?:an? )?(?:event|case))\b/i;
/** Words in a sentence that state a risk. */
const RISK_CUE =
  /\b(?:may|could|might|will|would|must|cannot|can't|unable|inability|fail|fails|failure|failures|adverse|adversely|harm|harmed|suffer|depend|depends|dependent|dependence|rely|reliance|subject to|affected by|exposed to|vulnerable|unpredictable|uncertain|uncertainty|uncertainties|volatile|volatility|target|challenged|intense|competition|compete|decline|disrupt|disruption|disruptions|impair|threat|threats|jeopardize|negatively)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/;
const CROSS_REFERENCE =
  /^(?:please\s+)?(?:see|refer)\b|^for (?:more|further|additional) (?:information|details|discussion)/i;
const SECTION_INTRO =
  /\b(?:risk factors|carefully consider|the following (?:risks|factors|information)|described below)\b/i;

/** Names a group of risks ("Risks Related to Our Business", "Operating Risks"). */
const RISK_WORD = /\brisks?\b|\bfactors\b/i;
/** Worded as a group heading whatever follows it ("Risks Related to…", "Risks Relating to…"). */
const GROUP_HEADING =
  /^(?:(?:(?:other|additional|general)\s+)?risks?\s+(?:related|relating|associated|pertaining|specific|applicable)\s+(?:to|with)\b|summary\s+(?:of\s+)?(?:the\s+)?(?:material\s+)?risk\s+factors\b)/i;

/**
 * A short heading: a group header ("Risks Related to Our Business") or, in older filings, a
 * risk title that is a phrase rather than a sentence ("Dependence on Key Personnel").
 */
function isShortHeadingText(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 15 || text.includes("\n")) return false;
  if (/[;,]$/.test(text) || startsWithListMarker(text) || !/^[A-Z“"]/.test(text)) return false;
  // "Item 7", "Part II": a page's running header left in the text, not a heading of risks.
  if (ITEM_HEADING.test(text) || PART_HEADING.test(text)) return false;
  // Modal verbs and finite verbs make a sentence (a title or a list intro), not a heading.
  if (/\b(?:may|could|might|will|would|cannot|can|we|are|is|was|were|has|have|had|be)\b/i.test(text))
    return false;
  const core = text.replace(/[:.]$/, "");
  if (text.endsWith(".") && (words > 10 || core.includes("."))) return false;
  // A short line naming risks heads something, unless it is a sentence ("…involves risks.").
  if (RISK_WORD.test(core)) return !text.endsWith(".") || isTitleCase(core) || isAllCaps(core);
  return words <= 10 && (isTitleCase(core) || isAllCaps(core));
}

/**
 * Is the first sentence of a paragraph worded like a risk-factor title? A paragraph that is
 * one sentence on its own (`standalone`) may lack its final period when it states a risk, and
 * may say "also" or name a year: its place above a body already argues for it.
 */
function readsLikeTitle(sentence: string, maxWords: number, standalone = false): boolean {
  const words = wordCount(sentence);
  if (words < 4 || words > maxWords) return false;
  if (
    !endsWithSentencePunctuation(sentence) &&
    !(standalone && /^[A-Z“"]/.test(sentence) && !/[,;:]$/.test(sentence) && RISK_CUE.test(sentence))
  )
    return false;
  if (CROSS_REFERENCE.test(sentence) || SECTION_INTRO.test(sentence)) return false;
  // A sentence set in capitals on its own is a title however it opens ("THERE MAY BE…").
  if (standalone && isAllCaps(sentence)) return true;
  if (CONTINUING_OPENER.test(sentence)) return false;
  if (!standalone && (/\balso\b|\bsuch an?\b/i.test(sentence) || YEAR.test(sentence))) return false;
  return true;
}

/**
 * Does the text largely restate the current title (so it is body, not a new title)? A
 * standalone paragraph must share more: neighbouring titles often share a few words.
 */
function restates(text: string, title: Set<string> | undefined, standalone = false): boolean {
  if (title === undefined || title.size === 0) return false;
  const words = contentWords(text);
  if (words.size === 0) return false;
  let shared = 0;
  for (const w of words) if (title.has(w)) shared++;
  return shared >= 3 && shared / words.size >= (standalone ? 0.35 : 0.3);
}

/** Does the first sentence of this body paragraph carry on from earlier text? */
function continuesDiscussion(text: string): boolean {
  // "We also depend on…", "The Company also…": an "also" among the first words adds to the
  // paragraph before; deeper in the sentence it says nothing about it.
  return ADDITIVE_OPENER.test(text) || /^(?:\S+\s+){0,3}also\b/i.test(text);
}

type Role =
  { kind: "paragraph" | "listItem" | "groupHeader" | "riskTitle" } | { kind: "runInTitle"; titleEnd: number };

/** Numbered risk titles ("1. We may…", "(a) Our…") are titles, unlike bullets. */
const ENUMERATOR = /^(?:\(?[0-9]{1,2}[.)]|\([a-z]\))\s/;

/**
 * Decides the role of each block of a risk-factor section: body (paragraph, list item), group
 * header, title, or a paragraph that opens with a run-in title.
 */
function classifyRiskSection(blocks: readonly SourceBlock[], isRiskSection: boolean): Role[] {
  const roles: Role[] = blocks.map((b) => ({
    kind: (b.listItem || startsWithListMarker(b.text)) && !ENUMERATOR.test(b.text) ? "listItem" : "paragraph",
  }));
  const heading = blocks.map(
    (b, i) =>
      !b.table &&
      roles[i]?.kind === "paragraph" &&
      i + 1 < blocks.length &&
      isShortHeadingText(b.text) &&
      sentenceCount(b.text) === 1,
  );

  const emphasized = blocks.map((b, i) => {
    if (b.table || roles[i]?.kind !== "paragraph" || heading[i]) return undefined;
    if (b.emphasis === "all") {
      // A quotation set in italics (an auditor's opinion quoted in a risk) is not a title.
      if (/^["“‘]/.test(b.text) && /["”’][.)]?$/.test(b.text)) return undefined;
      const words = wordCount(b.text);
      if (words < 3 || words > 100) return undefined;
      if (i === 0 && (words > 60 || SECTION_INTRO.test(b.text))) return undefined;
      return "all" as const;
    }
    if (typeof b.emphasis === "number") {
      // The punctuation closing a run-in title may sit outside the emphasis ("Interest Rates:").
      const closing = /^\s*[.:]/.exec(b.text.slice(b.emphasis))?.[0].length ?? 0;
      const end = b.emphasis + closing;
      const lead = b.text.slice(0, end).trim();
      const rest = b.text.slice(end).trim();
      if (!/[\p{L}\p{N}]/u.test(rest) || SECTION_INTRO.test(lead)) return undefined;
      // A sentence ("We face intense competition."), or a short phrase closed by a period or a
      // colon ("Credit risk.", "Threats to Free Trade Agreements:").
      if (wordCount(lead) >= 4 && endsWithSentencePunctuation(lead)) return end;
      if (wordCount(lead) <= 12 && /^[A-Z“"]/.test(lead) && /[.:]$/.test(lead) && sentenceCount(lead) === 1)
        return end;
    }
    return undefined;
  });

  // Some filings bullet their titles: an emphasized sentence item followed by plain body text.
  const bulletedTitle = blocks.map((b, i) => {
    const next = blocks[i + 1];
    if (
      roles[i]?.kind !== "listItem" ||
      b.emphasis !== "all" ||
      next === undefined ||
      next.listItem ||
      next.emphasis !== "none"
    )
      return false;
    const text = b.text.replace(LIST_MARKER, "");
    return wordCount(text) >= 6 && endsWithSentencePunctuation(text) && sentenceCount(text) === 1;
  });

  // Emphasis decides when it marks titles: twice at least, or once in a short section (one
  // bold paragraph elsewhere must not switch off the reading of plain titles).
  const marked = emphasized.filter((e) => e !== undefined).length + bulletedTitle.filter(Boolean).length;
  const paragraphs = roles.filter((r) => r.kind === "paragraph").length;
  if (marked >= 2 || (marked === 1 && paragraphs <= 5)) {
    blocks.forEach((b, i) => {
      if (bulletedTitle[i]) roles[i] = { kind: "riskTitle" };
      const e = emphasized[i];
      if (heading[i]) {
        // By structure: a heading above another heading or a title heads a group; one directly
        // above body text is a title itself ("Competition", "Currency Risks and Dilution").
        const next = i + 1;
        const heads =
          heading[next] === true ||
          emphasized[next] !== undefined ||
          bulletedTitle[next] === true ||
          GROUP_HEADING.test(b.text);
        if (heads) roles[i] = { kind: "groupHeader" };
        else if (b.emphasis === "all") roles[i] = { kind: "riskTitle" };
      } else if (e === "all") roles[i] = { kind: "riskTitle" };
      else if (typeof e === "number") roles[i] = { kind: "runInTitle", titleEnd: e };
    });
    // Emphasis marks the headers too; a plain short line heads nothing unless it names risks.
    blocks.forEach((b, i) => {
      if (roles[i]?.kind === "groupHeader" && b.emphasis !== "all" && !RISK_WORD.test(b.text))
        roles[i] = { kind: "paragraph" };
    });
    return roles;
  }
  return classifyPlainRiskSection(
    blocks,
    roles,
    heading,
    isRiskSection || heading.some((h, i) => h && RISK_WORD.test(blocks[i]?.text ?? "")),
  );
}

/**
 * A risk title set as a title-cased sentence on a line of its own ("We Face Intense
 * Competition", "Government Regulation Is Evolving and Unfavorable Changes Could Harm Our
 * Business"): how some filings set titles, and all that is left of them once text is extracted
 * without its bold. It speaks of the company or of a risk, which a title-cased group heading
 * ("General Economic and Market Conditions") does not.
 */
function isTitleCasedRiskSentence(text: string): boolean {
  const words = wordCount(text);
  if (words < 4 || words > 30 || text.includes("\n") || sentenceCount(text) !== 1) return false;
  if (!/^[A-Z“"]/.test(text) || /[,;:]$/.test(text) || GROUP_HEADING.test(text)) return false;
  const core = text.replace(/\.$/, "");
  return isTitleCase(core) && !isAllCaps(core) && (/\b(?:we|our|us)\b/i.test(core) || RISK_CUE.test(core));
}

/** Titles of a risk section whose blocks carry no emphasis (plain text, or plain HTML). */
function classifyPlainRiskSection(
  blocks: readonly SourceBlock[],
  roles: Role[],
  shortHeading: boolean[],
  allowRunIn: boolean,
): Role[] {
  // Title-cased sentences above their bodies, twice at least: the section's titles. They are
  // not headings then, and a heading directly above one heads a group.
  const titleCased = blocks.map((b, i) => {
    const next = blocks[i + 1];
    return (
      roles[i]?.kind === "paragraph" &&
      !b.table &&
      next !== undefined &&
      !next.table &&
      isTitleCasedRiskSentence(b.text) &&
      !isTitleCasedRiskSentence(next.text) &&
      next.text.length > b.text.length
    );
  });
  const titleCasedTitles = titleCased.filter(Boolean).length >= 2;
  const heading = titleCasedTitles ? shortHeading.map((h, i) => h && !titleCased[i]) : shortHeading;
  // A heading followed by body text is a phrase title ("Competition", "Global Market Risks");
  // one above another heading heads a group. Run-in and sentence titles below settle the rest.
  // Headings of one level play one role in a section: when every heading above body text
  // names risks ("Operating Risks", "Strategic Risks") they head groups, and the titles are run
  // into the paragraphs below; otherwise they are phrase titles ("Competition", "Global Market
  // Risks"). A heading above another heading heads a group either way.
  const aboveBody = heading.map((h, i) => h && !heading[i + 1] && !(titleCasedTitles && titleCased[i + 1]));
  const aboveBodyCount = aboveBody.filter(Boolean).length;
  const allNameRisks = aboveBodyCount >= 2 && blocks.every((b, i) => !aboveBody[i] || RISK_WORD.test(b.text));
  const headingTitle = aboveBody.map(
    (above, i) => above && !allNameRisks && !GROUP_HEADING.test(blocks[i]?.text ?? ""),
  );
  const groupHeader = heading.map((h, i) => h && !headingTitle[i]);
  const isParagraph = (i: number): boolean =>
    roles[i]?.kind === "paragraph" && !heading[i] && !(blocks[i]?.table ?? true);
  const standaloneCandidate = blocks.map(
    (b, i) => isParagraph(i) && sentenceCount(b.text) === 1 && readsLikeTitle(b.text, 70, true),
  );

  // Pass 1: one-sentence titles followed by their body.
  const titles = new Set<number>();
  let current: Set<string> | undefined;
  blocks.forEach((b, i) => {
    if (groupHeader[i]) {
      current = undefined;
      return;
    }
    if (headingTitle[i] || (titleCasedTitles && titleCased[i])) {
      titles.add(i);
      current = contentWords(b.text);
      return;
    }
    // A title is followed by its body, not by another title.
    if (!standaloneCandidate[i] || titles.has(i - 1)) return;
    const next = blocks[i + 1];
    if (next === undefined || groupHeader[i + 1]) return;
    // Of two one-sentence paragraphs in a row, the first is a title only when it is unpunctuated
    // and the second a sentence (bodies hold one-sentence paragraphs too).
    if (
      standaloneCandidate[i + 1] &&
      (endsWithSentencePunctuation(b.text) || !endsWithSentencePunctuation(next.text))
    )
      return;
    const bodyFollows =
      next.text.length >= b.text.length * 0.8 || /:$/.test(next.text) || roles[i + 1]?.kind === "listItem";
    if (!bodyFollows || continuesDiscussion(next.text) || restates(b.text, current, true)) return;
    titles.add(i);
    current = contentWords(b.text);
  });

  // Pass 1b: where one-sentence titles above their bodies are the section's pattern (ten at
  // least), a paragraph of up to three sentences between two bodies, no longer than twice the
  // titles' median and above a body at least 2.5 times its length, is a title too — though it
  // may open like a continuation ("There may be…", "As a foreign private issuer, …") or share
  // words with the title before: a 20-F states related risks one after another ("Holders of
  // ADSs are not treated…", "Holders of ADSs may be subject to limitations…"). (The lengths
  // keep out the body paragraphs of the IIJ sample and of Arm's 20-F that read like titles.)
  const sentenceTitleCount = [...titles].filter((i) => !headingTitle[i] && !titleCased[i]).length;
  if (sentenceTitleCount >= 10) {
    const lengths = [...titles].map((i) => blocks[i]?.text.length ?? 0).sort((a, b) => a - b);
    const longest = 2 * (lengths[Math.floor(lengths.length / 2)] ?? 0);
    const found = blocks.flatMap((b, i) => {
      const next = blocks[i + 1];
      if (b.text.length > longest) return [];
      if (titles.has(i) || titles.has(i - 1) || titles.has(i + 1) || !isParagraph(i) || i === 0) return [];
      if (next === undefined || !isParagraph(i + 1) || next.text.length < b.text.length * 2.5) return [];
      const words = wordCount(b.text);
      if (words < 6 || words > 90 || sentenceCount(b.text) > 3 || !endsWithSentencePunctuation(b.text))
        return [];
      if (ADDITIVE_OPENER.test(b.text) || CROSS_REFERENCE.test(b.text) || SECTION_INTRO.test(b.text))
        return [];
      return continuesDiscussion(next.text) ? [] : [i];
    });
    for (const i of found) titles.add(i);
  }

  // Pass 2: when one-sentence titles are rare, titles were run into their paragraphs.
  const paragraphs = blocks.filter((_, i) => isParagraph(i)).length;
  const runIn = new Map<number, number>();
  // (Phrase headings don't count: above run-in titles they are group headers.)
  const sentenceTitles = [...titles].filter((i) => !headingTitle[i]).length;
  const phraseTitles = titles.size - sentenceTitles;
  if (allowRunIn && phraseTitles < 2 && sentenceTitles <= paragraphs / 10) {
    current = undefined;
    let afterGroupHeader = false;
    let intro = true;
    blocks.forEach((b, i) => {
      if (groupHeader[i]) {
        current = undefined;
        afterGroupHeader = true;
        intro = false;
        return;
      }
      if (titles.has(i)) {
        current = contentWords(b.text);
        afterGroupHeader = false;
        intro = false;
        return;
      }
      if (!isParagraph(i) || sentenceCount(b.text) < 2) {
        afterGroupHeader = false;
        return;
      }
      const end = firstSentenceEnd(b.text);
      const sentence = b.text.slice(0, end).trim();
      const forced = afterGroupHeader && wordCount(sentence) <= 60 && endsWithSentencePunctuation(sentence);
      afterGroupHeader = false;
      if (
        !forced &&
        ((intro && SECTION_INTRO.test(b.text)) ||
          !readsLikeTitle(sentence, 45) ||
          !RISK_CUE.test(sentence) ||
          restates(sentence, current))
      ) {
        intro = false;
        return;
      }
      intro = false;
      runIn.set(i, end);
      current = contentWords(sentence);
    });
  }

  // A phrase "title" directly above a sentence title was a group header after all.
  for (const i of [...titles]) {
    if (headingTitle[i] && (titles.has(i + 1) || runIn.has(i + 1))) {
      titles.delete(i);
      groupHeader[i] = true;
    }
  }
  blocks.forEach((_, i) => {
    if (groupHeader[i]) roles[i] = { kind: "groupHeader" };
    else if (titles.has(i)) roles[i] = { kind: "riskTitle" };
    else {
      const end = runIn.get(i);
      if (end !== undefined) roles[i] = { kind: "runInTitle", titleEnd: end };
    }
  });
  // Group headers only make sense above titles.
  if (titles.size + runIn.size === 0) {
    blocks.forEach((_, i) => {
      if (roles[i]?.kind === "groupHeader") roles[i] = { kind: "paragraph" };
    });
  }
  return roles;
}

/** "ITEM 1A." alone, followed by "RISK FACTORS": one heading. */
function mergeSplitHeadings(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined) continue;
    const next = blocks[i + 1];
    const heading = parseSectionHeading(block);
    if (
      heading !== undefined &&
      heading.title === "" &&
      heading.label !== "" &&
      next !== undefined &&
      // "PART I" over "FINANCIAL INFORMATION" is one heading; over "Forward-Looking Statements", two.
      (heading.level !== 1 || isAllCaps(next.text)) &&
      !next.table &&
      !next.listItem &&
      wordCount(next.text) <= 12 &&
      !endsWithSentencePunctuation(next.text.replace(/\.$/, "")) &&
      (isTitleCase(next.text) || isAllCaps(next.text)) &&
      (parseSectionHeading(next) === undefined || parseSectionHeading(next)?.label === "")
    ) {
      out.push({
        ...block,
        text: `${block.text} ${next.text}`,
        emphasis: block.emphasis === "all" && next.emphasis === "all" ? "all" : "none",
      });
      i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Classifies the blocks of a filing: section headings, and inside risk-factor sections (or
 * the whole text when it has no sections, as in a pasted fragment) group headers and titles.
 * Run-in titles are split from their paragraph into a block of their own.
 */
export function analyzeStructure(input: readonly SourceBlock[]): StructuredBlock[] {
  const blocks = mergeSplitHeadings(input);
  const headings = findSectionHeadings(blocks);
  const roles: Role[] = blocks.map((b) => ({
    kind: b.listItem || startsWithListMarker(b.text) ? "listItem" : "paragraph",
  }));

  // Risk regions: each risk-factor section, or everything when there are no sections.
  const regions: [number, number, boolean][] = [];
  if (headings.size === 0) regions.push([0, blocks.length, false]);
  else {
    const starts = [...headings.keys()].sort((a, b) => a - b);
    starts.forEach((start, k) => {
      const heading = headings.get(start);
      const end = starts[k + 1] ?? blocks.length;
      if (heading !== undefined && isRiskSectionTitle(heading.title)) regions.push([start + 1, end, true]);
    });
  }
  for (const [start, end, isRiskSection] of regions) {
    const regionRoles = classifyRiskSection(blocks.slice(start, end), isRiskSection);
    regionRoles.forEach((role, k) => {
      roles[start + k] = role;
    });
  }

  const out: StructuredBlock[] = [];
  blocks.forEach((block, i) => {
    const heading = headings.get(i);
    if (heading !== undefined) {
      out.push({
        text: block.text,
        kind: "sectionHeading",
        section: { label: heading.label, title: heading.title, level: heading.level },
      });
      return;
    }
    if (block.table) {
      out.push(
        block.tableLayout !== undefined
          ? { text: block.text, kind: "table", table: block.tableLayout }
          : { text: block.text, kind: "preformatted" },
      );
      return;
    }
    const role = roles[i] ?? { kind: "paragraph" };
    if (role.kind === "runInTitle") {
      const title = block.text.slice(0, role.titleEnd).trim();
      const body = block.text.slice(role.titleEnd).trim();
      out.push({ text: title, kind: "riskTitle" });
      if (body.length > 0) out.push({ text: body, kind: "paragraph" });
      return;
    }
    // A bulleted title keeps its words, not its bullet.
    const text =
      role.kind === "riskTitle" &&
      (block.listItem || startsWithListMarker(block.text)) &&
      !ENUMERATOR.test(block.text)
        ? block.text.replace(LIST_MARKER, "")
        : block.text;
    out.push({ text: text.length > 0 ? text : block.text, kind: role.kind });
  });
  return out;
}
