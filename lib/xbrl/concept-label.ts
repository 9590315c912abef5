/** Words kept in capitals inside a label. */
const ACRONYMS = new Set([
  "AOCI",
  "CEO",
  "CFO",
  "EPS",
  "FDII",
  "GAAP",
  "IFRS",
  "LLC",
  "ROU",
  "US",
  "USD",
  "VIE",
]);

/**
 * A readable label from a concept's name, for a reader's tip: "us-gaap:RevenueFromContractWith
 * CustomerExcludingAssessedTax" → "Revenue from contract with customer excluding assessed tax";
 * acronyms stay ("EarningsPerShareDiluted" → "Earnings per share diluted", "AOCI" kept), and a
 * taxonomy's version suffix goes ("StockRepurchaseProgramAuthorizedAmount1").
 */
export function conceptLabel(concept: string): string {
  const local = concept.slice(concept.indexOf(":") + 1).replace(/\d+$/, "");
  const words = local.match(/[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+/g) ?? [local];
  return words
    .map((word, index) => {
      if (ACRONYMS.has(word) || (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)))
        return word;
      return index === 0 ? word[0]!.toUpperCase() + word.slice(1).toLowerCase() : word.toLowerCase();
    })
    .join(" ");
}
