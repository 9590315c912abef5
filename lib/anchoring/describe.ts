import type { TextSelectors } from "./types";
import { splitsSurrogatePair } from "./unicode";

/** Context kept on each side of a quote; 32 is what Hypothesis stores. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Describes the selection [start, end) of `text` as a TextQuoteSelector (with up to
 * `contextLength` UTF-16 units of prefix and suffix, clipped at the text's edges) and a
 * TextPositionSelector.
 *
 * Throws a RangeError when the range is empty, out of bounds, not made of integers, or cuts
 * a surrogate pair: such a selection could not be stored as well-formed Unicode. Where the
 * context boundary would cut a pair, the context is one unit shorter instead.
 */
export function describeSelection(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Selection offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Selection [${start}, ${end}) is empty or outside the text (length ${text.length})`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`Context length must be a non-negative integer, got ${contextLength}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Selection [${start}, ${end}) cuts a surrogate pair`);
  }

  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}
