import { Parser } from "htmlparser2";
import { collapseWhitespace, normalizeCharacters } from "@/lib/filing/canonical";
import { transformFactText } from "./transformations";

/** A fact's period: a moment (balance sheet) or a span (income statement); "forever" is rare. */
export type FactPeriod = { instant: string } | { start: string; end: string } | { forever: true };

/** One tagged fact of an inline XBRL document. */
export interface InlineFact {
  /** The concept's QName, e.g. "us-gaap:Revenues". */
  concept: string;
  /** Numbers as numbers (scaled and signed), text and dates as strings, booleans; nil: null. */
  value: number | string | boolean | null;
  /** "USD", "shares", "USD/shares", "pure"; text facts have none. */
  unit?: string;
  period: FactPeriod;
  /** Accuracy: -6 (to the million), 2 (to the cent), or "INF". */
  decimals?: number | "INF";
  /** Axis → member (explicit) or value (typed), e.g. {"us-gaap:StatementBusinessSegmentsAxis": "nvda:DataCenterMember"}. */
  dimensions: Record<string, string>;
  /** The entity's identifier (a CIK for SEC filers). */
  entity: string;
  /** In ix:hidden: tagged, but not shown in the text. */
  hidden: boolean;
  /** The text the document shows for it (whitespace collapsed), for placing it in the filing's text. */
  displayed: string;
  kind: "nonFraction" | "nonNumeric";
  /** The ix element's id, when it has one. */
  id?: string;
  /** Why its value could not be read (an unknown format, text that is not a number…). */
  problem?: string;
  /** The index (in `facts`) of the fact whose element holds this one's, if any. */
  within?: number;
}

/** What an inline XBRL document holds. */
export interface InlineXbrl {
  facts: InlineFact[];
  /** Counts of the elements as written, to check nothing was dropped. */
  elementCounts: { nonFraction: number; nonNumeric: number; contexts: number; units: number };
  /** References to contexts or units that are not defined, and the like. */
  problems: string[];
}

interface Context {
  entity: string;
  period: FactPeriod;
  dimensions: Record<string, string>;
}

/** An ix fact element being read: its attributes and the text gathered so far. */
interface OpenFact {
  kind: "nonFraction" | "nonNumeric";
  attrs: Record<string, string>;
  hidden: boolean;
  /** All the text inside, as displayed. */
  displayed: string;
  /** The text that is the value: without ix:exclude parts. */
  value: string;
  /** The enclosing fact's index, if any. */
  within?: number;
}

const INLINE_NAMESPACES = new Set([
  "http://www.xbrl.org/2013/inlinexbrl",
  "http://www.xbrl.org/2008/inlinexbrl",
]);
const INSTANCE_NAMESPACE = "http://www.xbrl.org/2003/instance";
const DIMENSIONS_NAMESPACE = "http://xbrl.org/2006/xbrldi";

/** "iso4217:USD" → "USD", "xbrli:shares" → "shares". */
const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

/** Whether a document is inline XBRL (cheap: before any parsing). */
export function isInlineXbrl(html: string): boolean {
  return /<(?:\w+:)?header[\s>]/i.test(html) && /<\w+:non(?:Fraction|Numeric)\b/i.test(html);
}

/**
 * Reads the facts of an inline XBRL document (Inline XBRL 1.1): contexts (entity, period,
 * explicit and typed dimensions) and units (including divides such as USD/shares) from
 * ix:header; every ix:nonFraction (format, scale, sign, decimals, nil) and ix:nonNumeric (with
 * its continuations, without its ix:exclude parts), hidden ones flagged. Element names are
 * matched by namespace, whatever prefix the document binds.
 */
export function parseInlineXbrl(html: string): InlineXbrl {
  const prefixes = { inline: new Set(["ix"]), instance: new Set(["xbrli"]), dimensions: new Set(["xbrldi"]) };
  const problems: string[] = [];
  const contexts = new Map<string, Context>();
  const units = new Map<string, string>();
  const continuations = new Map<string, { text: string; continuedAt?: string }>();
  const facts: OpenFact[] = [];
  const counts = { nonFraction: 0, nonNumeric: 0, contexts: 0, units: 0 };

  /** Open elements by name, for matching close tags. */
  const stack: string[] = [];
  const openFacts: OpenFact[] = [];
  let hiddenDepth = 0;
  /** Open ix:exclude elements (their text is shown but is not the value). */
  let excludeDepth = 0;
  /** The ix:continuation being read (nested ones are read into the outer one's text too). */
  const openContinuations: Array<{ id: string; continuedAt?: string; text: string }> = [];
  // The header's pieces being read.
  let context: (Context & { id: string; start?: string; end?: string }) | null = null;
  let unit: {
    id: string;
    numerator: string[];
    denominator: string[];
    part: "numerator" | "denominator" | null;
  } | null = null;
  let member: { dimension: string; text: string } | null = null;
  let capture: "identifier" | "instant" | "startDate" | "endDate" | "measure" | null = null;
  let captured = "";

  const kindOf = (name: string): { space: "inline" | "instance" | "dimensions"; local: string } | null => {
    const colon = name.indexOf(":");
    if (colon < 0) return null;
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (prefixes.inline.has(prefix)) return { space: "inline", local };
    if (prefixes.instance.has(prefix)) return { space: "instance", local };
    if (prefixes.dimensions.has(prefix)) return { space: "dimensions", local };
    return null;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        // Namespace bindings (usually on <html>): whatever prefixes the document chose.
        for (const [attribute, value] of Object.entries(attrs)) {
          if (!attribute.startsWith("xmlns:")) continue;
          const prefix = attribute.slice(6);
          const uri = value.toLowerCase();
          if (INLINE_NAMESPACES.has(uri)) prefixes.inline.add(prefix);
          else if (uri === INSTANCE_NAMESPACE) prefixes.instance.add(prefix);
          else if (uri === DIMENSIONS_NAMESPACE) prefixes.dimensions.add(prefix);
        }
        const kind = kindOf(name);
        if (!kind) return;
        const { space, local } = kind;
        if (space === "inline") {
          if (local === "nonfraction" || local === "nonnumeric") {
            const factKind = local === "nonfraction" ? "nonFraction" : "nonNumeric";
            counts[factKind]++;
            const outer = openFacts.at(-1);
            const fact: OpenFact = {
              kind: factKind,
              attrs,
              hidden: hiddenDepth > 0,
              displayed: "",
              value: "",
              ...(outer ? { within: facts.indexOf(outer) } : {}),
            };
            openFacts.push(fact);
            facts.push(fact);
          } else if (local === "hidden") hiddenDepth++;
          else if (local === "exclude") excludeDepth++;
          else if (local === "continuation")
            openContinuations.push({ id: attrs.id ?? "", continuedAt: attrs.continuedat, text: "" });
          return;
        }
        if (space === "instance") {
          if (local === "context") {
            counts.contexts++;
            context = { id: attrs.id ?? "", entity: "", period: { forever: true }, dimensions: {} };
          } else if (local === "unit") {
            counts.units++;
            unit = { id: attrs.id ?? "", numerator: [], denominator: [], part: null };
          } else if (local === "unitnumerator" && unit) unit.part = "numerator";
          else if (local === "unitdenominator" && unit) unit.part = "denominator";
          else if (local === "identifier" || local === "instant" || local === "measure") {
            capture = local;
            captured = "";
          } else if (local === "startdate" || local === "enddate") {
            capture = local === "startdate" ? "startDate" : "endDate";
            captured = "";
          } else if (local === "forever" && context) context.period = { forever: true };
          return;
        }
        if (local === "explicitmember" || local === "typedmember")
          member = { dimension: attrs.dimension ?? "", text: "" };
      },
      ontext(text) {
        if (capture) captured += text;
        if (member) member.text += text;
        if (openFacts.length === 0 && openContinuations.length === 0) return;
        for (const fact of openFacts) {
          fact.displayed += text;
          if (excludeDepth === 0) fact.value += text;
        }
        if (excludeDepth === 0) for (const continuation of openContinuations) continuation.text += text;
      },
      onclosetag(name) {
        // Close up to the matching open element (HTML may leave some unclosed).
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        const closing = stack.splice(at).reverse();
        for (const closed of closing) close(closed);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function close(name: string): void {
    const kind = kindOf(name);
    if (!kind) return;
    const { space, local } = kind;
    if (space === "inline") {
      if (local === "nonfraction" || local === "nonnumeric") openFacts.pop();
      else if (local === "hidden") hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (local === "exclude") excludeDepth = Math.max(0, excludeDepth - 1);
      else if (local === "continuation") {
        const continuation = openContinuations.pop();
        if (continuation) continuations.set(continuation.id, continuation);
      }
      return;
    }
    if (space === "dimensions") {
      if ((local === "explicitmember" || local === "typedmember") && member && context) {
        context.dimensions[member.dimension] = collapseWhitespace(member.text);
        member = null;
      }
      return;
    }
    const text = captured.trim();
    if (local === "identifier" && context) context.entity = text;
    else if (local === "instant" && context) context.period = { instant: text };
    else if (local === "startdate" && context) context.start = text;
    else if (local === "enddate" && context) {
      context.end = text;
      if (context.start) context.period = { start: context.start, end: text };
    } else if (local === "measure" && unit)
      (unit.part === "denominator" ? unit.denominator : unit.numerator).push(localName(text));
    else if (local === "context" && context) {
      contexts.set(context.id, {
        entity: context.entity,
        period: context.period,
        dimensions: context.dimensions,
      });
      context = null;
    } else if (local === "unit" && unit) {
      const numerator = unit.numerator.join("*");
      units.set(unit.id, unit.denominator.length ? `${numerator}/${unit.denominator.join("*")}` : numerator);
      unit = null;
    }
    if (
      local === "identifier" ||
      local === "instant" ||
      local === "measure" ||
      local === "startdate" ||
      local === "enddate"
    )
      capture = null;
  }

  parser.write(html);
  parser.end();

  const result: InlineFact[] = [];
  for (const fact of facts) {
    const { attrs } = fact;
    const concept = attrs.name ?? "";
    const contextRef = attrs.contextref ?? "";
    const found = contexts.get(contextRef);
    if (!found) problems.push(`${concept}: no context "${contextRef}"`);
    let valueText = fact.value;
    // A text fact continued elsewhere: its continuations' text, in order (a loop is cut).
    if (fact.kind === "nonNumeric" && attrs.continuedat) {
      const seen = new Set<string>();
      for (
        let next = attrs.continuedat;
        next && !seen.has(next);
        next = continuations.get(next)?.continuedAt ?? ""
      ) {
        seen.add(next);
        const continuation = continuations.get(next);
        if (!continuation) {
          problems.push(`${concept}: no continuation "${next}"`);
          break;
        }
        valueText += ` ${continuation.text}`;
      }
    }
    const displayed = collapseWhitespace(normalizeCharacters(fact.displayed));
    const nil = (attrs["xsi:nil"] ?? "").toLowerCase() === "true";
    const base = {
      concept,
      period: found?.period ?? { forever: true as const },
      dimensions: found?.dimensions ?? {},
      entity: found?.entity ?? "",
      hidden: fact.hidden,
      displayed,
      kind: fact.kind,
      ...(attrs.id ? { id: attrs.id } : {}),
      ...(fact.within !== undefined ? { within: fact.within } : {}),
    };
    if (fact.kind === "nonFraction") {
      const unitRef = attrs.unitref ?? "";
      const unitName = units.get(unitRef);
      if (!unitName) problems.push(`${concept}: no unit "${unitRef}"`);
      const decimals =
        attrs.decimals === undefined
          ? undefined
          : attrs.decimals.toUpperCase() === "INF"
            ? ("INF" as const)
            : Number(attrs.decimals);
      let value: number | null = null;
      let problem: string | undefined;
      if (!nil) {
        const transformed = transformFactText(attrs.format, normalizeCharacters(valueText), true);
        if (transformed.ok && transformed.value !== "" && Number.isFinite(Number(transformed.value))) {
          const scale = Number(attrs.scale ?? 0);
          // Scaled by moving the decimal point, not by multiplying floats (0.07 × 100 ≠ 7).
          value = Number(`${transformed.value}e${Number.isFinite(scale) ? scale : 0}`);
          if (attrs.sign === "-") value = -value;
        } else problem = transformed.ok ? `not a number: "${transformed.value}"` : transformed.reason;
      }
      result.push({
        ...base,
        value,
        ...(unitName ? { unit: unitName } : {}),
        ...(decimals !== undefined && (decimals === "INF" || Number.isFinite(decimals)) ? { decimals } : {}),
        ...(problem ? { problem } : {}),
      });
    } else {
      let value: string | boolean | null = null;
      let problem: string | undefined;
      if (!nil) {
        const text = collapseWhitespace(normalizeCharacters(valueText));
        const transformed = transformFactText(attrs.format, text, false);
        if (transformed.ok)
          value =
            attrs.format && (transformed.value === "true" || transformed.value === "false")
              ? transformed.value === "true"
              : transformed.value;
        else {
          value = text;
          problem = transformed.reason;
        }
      }
      result.push({ ...base, value, ...(problem ? { problem } : {}) });
    }
  }
  return { facts: result, elementCounts: counts, problems };
}
