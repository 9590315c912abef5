/**
 * The risk taxonomy: for each category a human label, a colour-friendly order, and weighted
 * terms. A risk factor's category is the one whose terms weigh most in it, title matches
 * counting three times as much as body matches; ties go to the earlier category in
 * RISK_CATEGORIES. Deterministic, and explained by the terms that matched.
 *
 * Terms are lowercase words or phrases; a trailing "*" matches any ending ("compet*").
 * Matching is by tokens, longest term first, so "key personnel" is not also "personnel".
 */
import { RISK_CATEGORIES, type RiskCategory } from "./types";

/** How a category is shown: its label, and its place in the colour palette. */
export interface RiskCategoryStyle {
  label: string;
  /**
   * Position in the palette. Neighbouring positions get contrasting colours, and categories
   * that often appear together in one filing sit apart, so highlights stay distinguishable.
   */
  order: number;
  /** A hue (0–360) for this order, spaced by the golden angle. */
  hue: number;
}

/** Human labels of the categories, for menus, legends and exports. */
export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  macroeconomic: "Macroeconomic",
  competition: "Competition",
  "investments-ma": "Investments & M&A",
  execution: "Execution",
  "impairment-accounting": "Impairment & accounting",
  talent: "Talent",
  "network-infrastructure": "Network & infrastructure",
  "security-privacy": "Security & privacy",
  "growth-capacity": "Growth & capacity",
  "technology-change": "Technology change",
  "key-person": "Key person",
  tax: "Tax",
  "market-prices-holdings": "Market prices of holdings",
  "controlling-shareholder": "Controlling shareholder",
  "suppliers-dependence": "Suppliers & dependence",
  regulation: "Regulation",
  litigation: "Litigation",
  "dilution-capital": "Dilution & capital",
  "climate-environment": "Climate & environment",
  "catastrophe-pandemic": "Catastrophes & pandemics",
  other: "Other",
};

/** Palette order: related categories (e.g. talent and key person) are far apart. */
const PALETTE_ORDER: readonly RiskCategory[] = [
  "macroeconomic",
  "security-privacy",
  "talent",
  "regulation",
  "competition",
  "impairment-accounting",
  "network-infrastructure",
  "dilution-capital",
  "execution",
  "tax",
  "key-person",
  "suppliers-dependence",
  "investments-ma",
  "litigation",
  "technology-change",
  "controlling-shareholder",
  "growth-capacity",
  "market-prices-holdings",
  "climate-environment",
  "catastrophe-pandemic",
  "other",
];

/** Label, palette order and hue of every category. */
export const RISK_CATEGORY_STYLES: Record<RiskCategory, RiskCategoryStyle> = Object.fromEntries(
  RISK_CATEGORIES.map((category) => {
    const order = PALETTE_ORDER.indexOf(category);
    return [
      category,
      { label: RISK_CATEGORY_LABELS[category], order, hue: Math.round((order * 137.508) % 360) },
    ];
  }),
) as Record<RiskCategory, RiskCategoryStyle>;

/** Weighted terms of each category (3: decisive, 2: strong, 1: supporting). */
export const RISK_TAXONOMY: Record<Exclude<RiskCategory, "other">, Record<string, number>> = {
  macroeconomic: {
    economy: 3,
    "economic conditions": 3,
    "economic downturn": 3,
    recession: 3,
    "global economy": 3,
    macroeconomic: 3,
    "level of revenues": 3,
    "revenues and profits": 2,
    "expected revenues": 2,
    inflation: 2,
    "interest rate*": 2,
    "consumer spending": 2,
    "business spending": 2,
    "trade polic*": 3,
    tariffs: 2,
    "international trade": 2,
    geopolitical: 2,
    fuel: 2,
    "fuel prices": 3,
    "exchange rate*": 2,
    currency: 1,
    demand: 1,
    cyclical: 2,
    "financial markets": 1,
    "economic activity": 2,
    economic: 1,
  },
  competition: {
    compete: 3,
    competitors: 3,
    competition: 3,
    competitive: 2,
    "market share": 2,
    "pricing pressure": 2,
    "price competition": 3,
    "barriers to entry": 2,
  },
  "investments-ma": {
    "investments in our subsidiaries": 3,
    subsidiaries: 2,
    "affiliated companies": 3,
    acquisition: 3,
    acquisitions: 3,
    acquire: 2,
    acquired: 2,
    "acquired businesses": 3,
    "mergers and acquisitions": 2,
    "joint venture*": 2,
    "equity method": 2,
    "strategic alliances": 2,
    "strategic transactions": 2,
    investees: 2,
    "returns we expect": 2,
  },
  execution: {
    execute: 3,
    execution: 3,
    "systems integration projects": 3,
    projects: 1,
    transformation: 2,
    "transformation program": 3,
    "business strategy": 3,
    "implement our": 2,
    "in a timely or satisfactory manner": 3,
    "cost savings": 1,
    "operational efficiencies": 2,
    "restructur*": 2,
    "evaluate and pay claims": 3,
    underwrite: 2,
    "charge adequate rates": 2,
    "follow our policies": 2,
  },
  "impairment-accounting": {
    impairment: 3,
    goodwill: 2,
    "intangible assets": 3,
    "write-down*": 2,
    accounting: 2,
    "internal control*": 3,
    "financial statements": 1,
    estimates: 1,
    reserves: 2,
    "claims and claim adjustment expense": 2,
    "report financial results": 2,
    pension: 1,
    "self-insur*": 2,
  },
  talent: {
    personnel: 2,
    "qualified personnel": 3,
    "attract and retain": 3,
    attract: 2,
    employees: 2,
    "employee talent": 3,
    labor: 2,
    "labor organizations": 3,
    unions: 2,
    workforce: 2,
    hire: 1,
    wage: 1,
    turnover: 1,
    "employee benefits": 2,
    pilots: 1,
    pilot: 1,
  },
  "network-infrastructure": {
    network: 2,
    interruptions: 2,
    outages: 2,
    "errors or delays": 2,
    infrastructure: 2,
    "data center*": 2,
    "system failure*": 2,
    "telecommunication systems": 2,
    "information technology": 2,
    "technology infrastructure": 2,
    "restore operations": 2,
  },
  "security-privacy": {
    "confidential customer information": 3,
    confidential: 2,
    "customer information": 3,
    security: 2,
    "data breach": 3,
    breach: 2,
    cyber: 3,
    "cyber-attack*": 3,
    cyberattack: 3,
    hackers: 2,
    privacy: 3,
    "personal information": 2,
    "personal data": 2,
    "data protection": 3,
    "security systems": 3,
  },
  "growth-capacity": {
    growth: 2,
    "business growth": 3,
    strain: 3,
    "limited resources": 3,
    capacity: 2,
    expansion: 2,
    "manage our growth": 3,
    "capital intensive": 3,
    "volume levels": 2,
    "resulting from our growth": 3,
  },
  "technology-change": {
    "technological change*": 3,
    "technological advances": 3,
    obsolete: 3,
    "new technologies": 2,
    "rapid technological": 3,
    "industry standards": 2,
    innovation: 2,
    "emerging technologies": 2,
    "artificial intelligence": 2,
    autonomous: 1,
  },
  "key-person": {
    "executive officers": 3,
    "key personnel": 4,
    "senior management": 3,
    "management team": 2,
    "key employees": 3,
    "chief executive officer": 2,
    founder: 2,
    "success depends": 2,
    "loss of the services": 2,
  },
  tax: {
    tax: 3,
    taxes: 3,
    taxation: 3,
    "tax laws": 3,
    "deferred tax": 3,
    "tax positions": 3,
    carryforwards: 2,
    "net operating loss": 2,
    nols: 2,
    "effective tax rate": 3,
  },
  "market-prices-holdings": {
    "stock prices of companies": 3,
    "stocks of companies": 3,
    "companies in which we have invested": 3,
    "available-for-sale": 3,
    "investment portfolio": 3,
    portfolio: 2,
    "fixed-income securities": 3,
    "marketable securities": 3,
    "equity securities": 1,
    "market value": 1,
  },
  "controlling-shareholder": {
    "largest shareholder": 3,
    "major shareholder*": 2,
    "controlling shareholder*": 3,
    "substantial influence": 3,
    "voting control": 3,
    "own a majority": 3,
    "majority of our outstanding": 2,
    "principal shareholders": 3,
    "control the actions": 2,
  },
  "suppliers-dependence": {
    rely: 3,
    suppliers: 3,
    "third-party suppliers": 3,
    vendors: 2,
    "telecommunications carriers": 2,
    "depend* on": 1,
    "number of customers": 3,
    "customer concentration": 3,
    "limited sources": 2,
    "sole source": 3,
    "service providers": 2,
    "largest customer*": 3,
    "major customer*": 3,
    "significant customer*": 2,
    "reliance on": 2,
    reinsurance: 2,
    "insurance agents": 2,
    agents: 1,
  },
  regulation: {
    regulation: 3,
    regulations: 3,
    regulatory: 3,
    legislation: 3,
    "laws and regulations": 2,
    governmental: 2,
    government: 2,
    licenses: 2,
    compliance: 2,
    "legal mandates": 2,
    "immigration policies": 3,
    faa: 2,
    "duty time": 2,
  },
  litigation: {
    litigation: 3,
    lawsuits: 2,
    "legal proceedings": 3,
    defendants: 3,
    "class action*": 3,
    sued: 2,
    judgment: 2,
    "claims and litigation": 3,
    "adverse publicity": 2,
    "commercial lines claims": 2,
  },
  "dilution-capital": {
    dilution: 3,
    "raise capital": 3,
    "raise additional capital": 3,
    "additional capital": 3,
    "more capital": 3,
    capital: 1,
    "issue additional shares": 3,
    convertible: 2,
    debt: 2,
    "debt service": 3,
    indebtedness: 2,
    "debt covenants": 3,
    covenants: 2,
    "credit facility": 2,
    liquidity: 1,
    "financial strength ratings": 3,
    ratings: 1,
    "stock price": 3,
    "price of our common stock": 2,
    "trading volume": 1,
  },
  "climate-environment": {
    "climate change": 3,
    climate: 2,
    "greenhouse gas*": 3,
    ghg: 3,
    emissions: 2,
    "carbon neutrality": 3,
    carbon: 2,
    environmental: 2,
    sustainability: 2,
    esg: 2,
  },
  "catastrophe-pandemic": {
    pandemic: 3,
    outbreak: 3,
    "covid-19": 3,
    "public health": 3,
    "communicable disease": 3,
    "natural disaster*": 3,
    hurricanes: 2,
    earthquake: 2,
    earthquakes: 2,
    terrorist: 3,
    terrorism: 3,
    "catastroph*": 3,
    "catastrophic losses": 3,
    "adverse weather": 3,
    weather: 2,
    disaster: 2,
    war: 2,
  },
};

interface Term {
  category: RiskCategory;
  text: string;
  tokens: string[];
  weight: number;
}

/** Lowercase word tokens; hyphens and apostrophes stay inside words. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:['’-][a-z0-9]+)*/g) ?? [];
}

const TERMS: Term[] = [];
for (const [category, terms] of Object.entries(RISK_TAXONOMY) as [RiskCategory, Record<string, number>][]) {
  for (const [text, weight] of Object.entries(terms)) {
    if (weight <= 0) continue;
    const tokens = text.split(/\s+/);
    TERMS.push({ category, text: text.replace(/\*$/, ""), tokens, weight });
  }
}
// Longest terms first, so a phrase claims its words before a single word does.
TERMS.sort((a, b) => b.tokens.length - a.tokens.length || b.text.length - a.text.length);

/** Terms by their first token's first three letters, for quick lookup. */
const BY_PREFIX = new Map<string, Term[]>();
for (const term of TERMS) {
  const key = (term.tokens[0] ?? "").replace(/\*$/, "").slice(0, 3);
  BY_PREFIX.set(key, [...(BY_PREFIX.get(key) ?? []), term]);
}

function tokenMatches(pattern: string, token: string): boolean {
  return pattern.endsWith("*") ? token.startsWith(pattern.slice(0, -1)) : token === pattern;
}

/** Every term occurrence in a token list, longest match first, no token used twice. */
function matchTerms(tokens: readonly string[]): Term[] {
  const found: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const candidates = BY_PREFIX.get(token.slice(0, 3));
    if (candidates === undefined) continue;
    for (const term of candidates) {
      let ok = true;
      for (let k = 0; k < term.tokens.length; k++) {
        const t = tokens[i + k];
        if (t === undefined || !tokenMatches(term.tokens[k] ?? "", t)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        found.push(term);
        i += term.tokens.length - 1;
        break;
      }
    }
  }
  return found;
}

/** Title words count three times; a body term counts at most three times. */
const TITLE_FACTOR = 3;
const BODY_REPEAT_CAP = 3;
/** Below this score the evidence is too thin: "other". */
const MIN_SCORE = 3;

/** A risk factor's category with the terms that decided it. */
export interface RiskClassification {
  category: RiskCategory;
  terms: string[];
}

/**
 * Categorizes a risk factor by its title and body text. Returns "other" with no terms when no
 * category reaches the minimum score.
 */
export function categorizeRisk(title: string, body: string): RiskClassification {
  const scores = new Map<RiskCategory, number>();
  const contributions = new Map<RiskCategory, Map<string, number>>();
  const add = (term: Term, amount: number): void => {
    scores.set(term.category, (scores.get(term.category) ?? 0) + amount);
    const terms = contributions.get(term.category) ?? new Map<string, number>();
    terms.set(term.text, (terms.get(term.text) ?? 0) + amount);
    contributions.set(term.category, terms);
  };
  for (const term of matchTerms(tokenize(title))) add(term, term.weight * TITLE_FACTOR);
  const bodyCounts = new Map<Term, number>();
  for (const term of matchTerms(tokenize(body))) bodyCounts.set(term, (bodyCounts.get(term) ?? 0) + 1);
  for (const [term, count] of bodyCounts) add(term, term.weight * Math.min(count, BODY_REPEAT_CAP));

  let best: RiskCategory = "other";
  let bestScore = 0;
  for (const category of RISK_CATEGORIES) {
    const score = scores.get(category) ?? 0;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  if (bestScore < MIN_SCORE) return { category: "other", terms: [] };
  const terms = [...(contributions.get(best) ?? new Map<string, number>()).entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([text]) => text);
  return { category: best, terms };
}
