/**
 * The risk taxonomy: eight groups (how the reader colours risks) over finer categories (the
 * label), each category with weighted terms. A risk factor is classified mainly by its title,
 * then by the opening sentences of its body: the group whose terms weigh most wins, and within
 * it the category that weighs most; ties go to the earlier one in RISK_GROUPS /
 * RISK_CATEGORIES. Deterministic, and explained by the terms that matched.
 *
 * Terms are lowercase words or phrases; a trailing "*" matches any ending ("compet*").
 * Matching is by tokens, longest term first, so "key personnel" is not also "personnel".
 */
import {
  isRiskCategory,
  RISK_CATEGORIES,
  RISK_GROUPS,
  riskGroupOf,
  type RiskCategory,
  type RiskGroup,
} from "./types";

/** Human labels of the groups, for the legend, filters and exports. */
export const RISK_GROUP_LABELS: Record<RiskGroup, string> = {
  "market-macro": "Market & macro",
  "strategy-competition": "Strategy & competition",
  "operations-supply": "Operations & supply chain",
  "technology-cyber": "Technology & cyber",
  "legal-regulatory": "Legal & regulatory",
  "financial-capital": "Financial & capital",
  "people-governance": "People & governance",
  "esg-catastrophe": "ESG & catastrophe",
  other: "Other",
};

/** Human labels of the categories, for menus, legends and exports. */
export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  macroeconomic: "Macroeconomic",
  international: "International & political",
  "market-prices-holdings": "Market prices of holdings",
  competition: "Competition",
  execution: "Execution",
  "investments-ma": "Investments & M&A",
  "growth-capacity": "Growth & capacity",
  "product-development": "Products & development",
  "reputation-brand": "Reputation & brand",
  "suppliers-dependence": "Suppliers & dependence",
  customers: "Customers",
  operations: "Operational disruption",
  "security-privacy": "Security & privacy",
  "network-infrastructure": "Network & infrastructure",
  "technology-change": "Technology change",
  regulation: "Regulation",
  litigation: "Litigation",
  tax: "Tax",
  "intellectual-property": "Intellectual property",
  "dilution-capital": "Dilution & capital",
  "impairment-accounting": "Impairment & accounting",
  "share-price": "Share price & trading",
  "losses-profitability": "Losses & profitability",
  talent: "Talent",
  "key-person": "Key person",
  "controlling-shareholder": "Controlling shareholder",
  governance: "Governance & shareholder rights",
  "climate-environment": "Climate & environment",
  "catastrophe-pandemic": "Catastrophes & pandemics",
  other: "Other",
};

/**
 * A stored category as an analyst reads it, group first: "Market & macro › Macroeconomic".
 * A category older analyses stored but the taxonomy no longer has is shown as it is.
 */
export function riskCategoryPath(category: string): string {
  if (!isRiskCategory(category)) return category;
  return `${RISK_GROUP_LABELS[riskGroupOf(category)]} › ${RISK_CATEGORY_LABELS[category]}`;
}

/** Weighted terms of each category (3: decisive, 2: strong, 1: supporting). */
const RISK_TAXONOMY: Record<Exclude<RiskCategory, "other">, Record<string, number>> = {
  macroeconomic: {
    "monetary policy": 3,
    "fiscal policy": 2,
    "commodity price*": 3,
    commodity: 2,
    commodities: 2,
    "raw material prices": 3,
    "production volume*": 2,
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
  international: {
    "international operations": 3,
    "foreign operations": 3,
    "operations outside": 3,
    "international business": 3,
    "international markets": 2,
    "foreign countries": 2,
    "other countries": 2,
    "emerging markets": 3,
    "political instability": 3,
    "political, economic": 2,
    political: 2,
    geopolitical: 3,
    sanctions: 3,
    "export controls": 2,
    expropriation: 3,
    nationalization: 3,
    international: 1,
    foreign: 1,
    china: 2,
    prc: 2,
    russia: 2,
    ukraine: 2,
    war: 1,
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
  "product-development": {
    novel: 2,
    vaccine: 2,
    vaccines: 2,
    therapeutic: 1,
    "new products": 3,
    "new product*": 3,
    "product development": 3,
    "research and development": 2,
    "product candidate*": 3,
    "clinical trial*": 3,
    clinical: 2,
    "market acceptance": 3,
    "commercializ*": 2,
    "new services": 2,
    "introduce new": 2,
    "develop new": 2,
    "product introductions": 3,
    "product launch*": 3,
    "enhance our": 1,
  },
  "reputation-brand": {
    reputation: 3,
    reputational: 3,
    brand: 3,
    brands: 3,
    "negative publicity": 3,
    "adverse publicity": 3,
    "public perception": 2,
    "social media": 1,
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
    "use of proceeds": 3,
    "broad discretion": 3,
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
    labour: 2,
    "skilled labo*": 3,
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
    "information technology": 3,
    "it systems": 3,
    "information systems": 3,
    "computer systems": 3,
    "technology systems": 3,
    systems: 1,
    "systems failures": 3,
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
    president: 2,
    leadership: 2,
    succession: 3,
    "management team will change": 3,
    "change in management": 3,
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
    "existing stockholder*": 3,
    "controlling stockholder*": 3,
    "principal stockholder*": 3,
    "majority stockholder*": 3,
    "control by": 2,
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
  governance: {
    "legal recourse": 3,
    "service of process": 3,
    "enforce judgments": 3,
    "located outside": 2,
    indemnify: 2,
    indemnification: 2,
    "anti-takeover": 3,
    takeover: 3,
    "change of control": 3,
    "change in control": 3,
    "corporate governance": 3,
    governance: 2,
    "foreign private issuer": 3,
    "shareholder rights": 3,
    "rights of shareholders": 3,
    "rights of holders": 2,
    "holders of our": 1,
    "dual class": 3,
    "dual-class": 3,
    "articles of association": 2,
    "articles of incorporation": 2,
    "certificate of incorporation": 2,
    bylaws: 2,
    "by-laws": 2,
    "delaware law": 2,
    "board of directors": 1,
    "independent directors": 2,
    "voting rights": 2,
  },
  "suppliers-dependence": {
    supplier: 2,
    rely: 3,
    suppliers: 3,
    "third-party suppliers": 3,
    vendors: 2,
    "telecommunications carriers": 2,
    "depend* on": 1,
    "limited sources": 2,
    "sole source": 3,
    "single source": 3,
    "service providers": 2,
    "third parties": 2,
    "third-party": 2,
    partners: 2,
    licensors: 2,
    manufacturers: 1,
    "contract manufacturers": 3,
    "supply chain": 3,
    supply: 2,
    "raw materials": 3,
    components: 1,
    "reliance on": 2,
    reinsurance: 2,
    "insurance agents": 2,
    agents: 1,
  },
  customers: {
    oems: 2,
    oem: 2,
    "customer pricing": 3,
    "customer concentration": 4,
    "number of customers": 3,
    "small number of customers": 4,
    "limited number of customers": 4,
    "largest customer*": 4,
    "major customer*": 4,
    "significant customer*": 3,
    "key customer*": 4,
    "principal customer*": 3,
    "loss of customers": 3,
    "loss of any": 1,
    concentration: 2,
    distributors: 2,
    "distribution partners": 2,
    resellers: 2,
    customers: 1,
    customer: 1,
  },
  operations: {
    inventory: 3,
    "inventory management": 3,
    operational: 2,
    "operational risk*": 3,
    "product defects": 3,
    defects: 3,
    "product recall*": 3,
    recall: 2,
    recalls: 2,
    quality: 2,
    "quality control": 3,
    "insurance coverage": 3,
    insurance: 2,
    uninsured: 3,
    manufacturing: 2,
    "manufacturing facilities": 3,
    facilities: 1,
    accidents: 2,
    safety: 2,
    "operational disruption*": 3,
  },
  regulation: {
    "regulatory approval*": 3,
    "approval process": 2,
    fda: 2,
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
    "product liability": 4,
    lawsuit: 2,
    litigation: 3,
    lawsuits: 2,
    "legal proceedings": 3,
    defendants: 3,
    "class action*": 3,
    sued: 2,
    judgment: 2,
    "claims and litigation": 3,
    "commercial lines claims": 2,
    "legal claims": 2,
  },
  "intellectual-property": {
    "license rights": 3,
    "licensed technology": 3,
    "in-license": 3,
    "intellectual property": 4,
    "proprietary rights": 3,
    "proprietary technology": 3,
    proprietary: 2,
    patent: 3,
    patents: 3,
    trademark: 2,
    trademarks: 2,
    copyright: 2,
    copyrights: 2,
    "trade secrets": 3,
    "infringe*": 3,
    infringement: 3,
  },
  "dilution-capital": {
    "financial flexibility": 3,
    "access to funds": 3,
    "cash flow*": 2,
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
    "credit rating*": 2,
    financing: 2,
    "additional financing": 3,
    "access to capital": 3,
    "capital markets": 2,
    borrowings: 2,
    borrow: 2,
    lenders: 2,
    leverage: 2,
    dilute: 3,
    dilutive: 3,
    funds: 1,
  },
  "share-price": {
    "investment in our common stock": 3,
    "common stock": 1,
    "stock price": 4,
    "share price": 4,
    "market price": 3,
    "trading price": 4,
    "price of our common stock": 4,
    "price of our stock": 4,
    "price of our shares": 4,
    "price of our ordinary shares": 4,
    "price of the adss": 4,
    "price of our adss": 4,
    volatile: 1,
    volatility: 1,
    "trading volume": 2,
    "trading market": 3,
    "public market": 3,
    "active market": 3,
    "liquid market": 3,
    "no market": 2,
    delist: 3,
    delisted: 3,
    delisting: 3,
    "penny stock": 3,
    dividend: 2,
    dividends: 2,
    adss: 2,
    ads: 1,
    "future sales": 2,
    "substantial amounts": 1,
    "short sell*": 2,
  },
  "losses-profitability": {
    "gross margin*": 3,
    margins: 2,
    "history of losses": 4,
    "net losses": 3,
    "net loss": 3,
    "incur losses": 3,
    "operating losses": 3,
    losses: 2,
    profitability: 3,
    profitable: 3,
    "accumulated deficit": 3,
    "going concern": 3,
    "limited operating history": 3,
    "operating history": 2,
    "quarterly results": 3,
    "quarterly operating results": 4,
    "results of operations may fluctuate": 3,
    "fluctuat*": 2,
    "operating results": 1,
    "revenue growth": 1,
  },
  "climate-environment": {
    "environmental laws": 3,
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
function tokenize(text: string): string[] {
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

/** Title terms weigh four times a term of the body's opening. */
const TITLE_FACTOR = 4;
/** A body term counts at most twice. */
const BODY_REPEAT_CAP = 2;
/** The body counts by its opening: this many sentences (about what the risk is, not examples). */
const OPENING_SENTENCES = 3;
/** …and at most this many characters of them. */
const OPENING_CHARACTERS = 700;
/** Below this score the evidence is too thin: "other". */
const MIN_SCORE = 3;

/** A risk factor's category with the terms that decided it, title terms first. */
export interface RiskClassification {
  category: RiskCategory;
  terms: string[];
}

/** The first sentences of a body: ends at ". " followed by a capital, within the cap. */
function opening(body: string): string {
  const text = body.slice(0, OPENING_CHARACTERS * 2);
  let end = 0;
  let sentences = 0;
  const boundary = /[.?!]["'”’)]*\s+(?=[A-Z“"(])/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    end = m.index + m[0].length;
    if (++sentences >= OPENING_SENTENCES) break;
  }
  if (sentences < OPENING_SENTENCES) end = text.length;
  return text.slice(0, Math.min(end, OPENING_CHARACTERS));
}

/**
 * Categorizes a risk factor by its title and the opening sentences of its body: the group
 * whose terms weigh most, then the category that weighs most within it. Returns "other" with
 * no terms when no group reaches the minimum score.
 */
export function categorizeRisk(title: string, body: string): RiskClassification {
  const scores = new Map<RiskCategory, number>();
  const contributions = new Map<RiskCategory, Map<string, number>>();
  const titleTerms = new Set<string>();
  const add = (term: Term, amount: number): void => {
    scores.set(term.category, (scores.get(term.category) ?? 0) + amount);
    const terms = contributions.get(term.category) ?? new Map<string, number>();
    terms.set(term.text, (terms.get(term.text) ?? 0) + amount);
    contributions.set(term.category, terms);
  };
  for (const term of matchTerms(tokenize(title))) {
    add(term, term.weight * TITLE_FACTOR);
    titleTerms.add(term.text);
  }
  const bodyCounts = new Map<Term, number>();
  for (const term of matchTerms(tokenize(opening(body))))
    bodyCounts.set(term, (bodyCounts.get(term) ?? 0) + 1);
  for (const [term, count] of bodyCounts) add(term, term.weight * Math.min(count, BODY_REPEAT_CAP));

  const groupScores = new Map<RiskGroup, number>();
  for (const [category, score] of scores)
    groupScores.set(riskGroupOf(category), (groupScores.get(riskGroupOf(category)) ?? 0) + score);
  let bestGroup: RiskGroup = "other";
  let bestGroupScore = 0;
  for (const group of RISK_GROUPS) {
    const score = groupScores.get(group) ?? 0;
    if (score > bestGroupScore) {
      bestGroup = group;
      bestGroupScore = score;
    }
  }
  if (bestGroupScore < MIN_SCORE) return { category: "other", terms: [] };
  let best: RiskCategory = "other";
  let bestScore = 0;
  for (const category of RISK_CATEGORIES) {
    const score = scores.get(category) ?? 0;
    if (riskGroupOf(category) === bestGroup && score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  // The group's terms explain it: title terms first, then by weight.
  const groupTerms = new Map<string, number>();
  for (const [category, terms] of contributions)
    if (riskGroupOf(category) === bestGroup)
      for (const [text, amount] of terms) groupTerms.set(text, (groupTerms.get(text) ?? 0) + amount);
  const terms = [...groupTerms.entries()]
    .sort(
      (a, b) =>
        Number(titleTerms.has(b[0])) - Number(titleTerms.has(a[0])) ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0]),
    )
    .slice(0, 8)
    .map(([text]) => text);
  return { category: best, terms };
}

/** Quoted terms joined as English: “a”, “b” and “c”. */
function quoteList(terms: readonly string[]): string {
  const quoted = terms.map((t) => `“${t}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1) ?? ""}`;
}

/**
 * Why a risk factor got its category, in words: "title mentions “customers” and
 * “concentration”; its opening mentions “rely”". Empty when no term decided it.
 */
export function explainRiskCategory(title: string, terms: readonly string[]): string {
  if (terms.length === 0) return "";
  const inTitle = new Set(matchTerms(tokenize(title)).map((t) => t.text));
  const fromTitle = terms.filter((t) => inTitle.has(t));
  const fromBody = terms.filter((t) => !inTitle.has(t)).slice(0, 4);
  const parts: string[] = [];
  if (fromTitle.length > 0) parts.push(`title mentions ${quoteList(fromTitle)}`);
  if (fromBody.length > 0)
    parts.push(`${parts.length > 0 ? "its " : ""}opening mentions ${quoteList(fromBody)}`);
  return parts.join("; ");
}
