/**
 * The little CSS that tells an EDGAR document's layout: emphasis (bold, italic, underline),
 * hidden text, centring and page breaks, from style attributes and <style> class rules.
 * Declarations are read by splitting on ";" and ":" — no selector engine is needed because
 * EDGAR style sheets use simple class and element selectors.
 */

/** The layout facts a style can set; undefined means "inherit". */
export interface StyleFacts {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  hidden?: boolean;
  centered?: boolean;
  pageBreakBefore?: boolean;
  pageBreakAfter?: boolean;
}

/** Reads the layout facts from CSS declarations ("font-weight:700; font-style:italic"). */
export function parseDeclarations(css: string): StyleFacts {
  const facts: StyleFacts = {};
  for (const declaration of css.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, "")
      .trim()
      .toLowerCase();
    switch (property) {
      case "font-weight":
        facts.bold = isBoldWeight(value);
        break;
      case "font-style":
        facts.italic = value.startsWith("italic") || value.startsWith("oblique");
        break;
      case "text-decoration":
      case "text-decoration-line":
        facts.underline = value.includes("underline");
        break;
      case "font": {
        const tokens = value.split(/\s+/);
        if (tokens.some((t) => t === "bold" || t === "bolder" || /^[6-9]00$/.test(t))) facts.bold = true;
        if (tokens.some((t) => t === "italic" || t === "oblique")) facts.italic = true;
        break;
      }
      case "display":
        if (value === "none") facts.hidden = true;
        break;
      case "visibility":
        if (value === "hidden" || value === "collapse") facts.hidden = true;
        break;
      case "text-align":
        facts.centered = value === "center" || value === "-webkit-center";
        break;
      case "page-break-before":
      case "break-before":
        if (value === "always" || value === "page") facts.pageBreakBefore = true;
        break;
      case "page-break-after":
      case "break-after":
        if (value === "always" || value === "page") facts.pageBreakAfter = true;
        break;
    }
  }
  return facts;
}

function isBoldWeight(value: string): boolean {
  if (value === "bold" || value === "bolder") return true;
  const n = Number(value);
  return Number.isFinite(n) && n >= 600;
}

/** Class and element rules of a style sheet, keyed ".cls", "p.cls" or "p". */
export type StyleRules = Map<string, StyleFacts>;

/**
 * Collects the rules with simple selectors from style sheet text. Rules with descendant or
 * attribute selectors are skipped: EDGAR filings do not rely on them for emphasis.
 */
export function parseStyleSheet(css: string, into: StyleRules = new Map()): StyleRules {
  const text = stripComments(css);
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf("{", position);
    if (open < 0) break;
    const close = text.indexOf("}", open);
    if (close < 0) break;
    const selectors = text.slice(position, open);
    const body = text.slice(open + 1, close);
    position = close + 1;
    if (selectors.trim().startsWith("@")) {
      // @media and friends: the nested rules follow; skip only the at-rule's prelude.
      position = open + 1;
      continue;
    }
    const facts = parseDeclarations(body);
    if (Object.keys(facts).length === 0) continue;
    for (const raw of selectors.split(",")) {
      const selector = raw.trim().toLowerCase();
      if (!/^[a-z0-9]*(\.[a-z0-9_-]+)?$/.test(selector) || selector === "") continue;
      into.set(selector, { ...into.get(selector), ...facts });
    }
  }
  return into;
}

function stripComments(css: string): string {
  let out = "";
  let position = 0;
  while (position < css.length) {
    const start = css.indexOf("/*", position);
    if (start < 0) return out + css.slice(position);
    out += css.slice(position, start);
    const end = css.indexOf("*/", start + 2);
    if (end < 0) return out;
    position = end + 2;
  }
  return out;
}

/** The facts the rules give an element with this tag name and class attribute. */
export function factsForElement(
  rules: StyleRules,
  tag: string,
  classAttribute: string | undefined,
): StyleFacts {
  if (rules.size === 0) return {};
  let facts: StyleFacts = { ...rules.get(tag) };
  if (classAttribute !== undefined) {
    for (const cls of classAttribute.toLowerCase().split(/\s+/)) {
      if (cls === "") continue;
      facts = { ...facts, ...rules.get(`.${cls}`), ...rules.get(`${tag}.${cls}`) };
    }
  }
  return facts;
}
