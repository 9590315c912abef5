/**
 * Bad input for property-based tests (fast-check): strings that have broken applications before
 * (SQL and HTML injection, CSV formulas, NUL, lone surrogates, combining marks, right-to-left
 * and bidi overrides, emoji sequences, a note over the limit) mixed with arbitrary text.
 */
import fc from "fast-check";

/** Strings that have broken applications before. */
const nasty = fc.constantFrom(
  '\'; DROP TABLE "Annotation"; --',
  "' OR '1'='1",
  "<script>window.pwned=1</script>",
  '<img src=x onerror="alert(1)">',
  '=HYPERLINK("http://example.com","x")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFFz",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦🇯🇵",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "\uFEFF",
  " ".repeat(3),
  "x".repeat(10_001),
  "%00%27",
  "../../etc/passwd",
);
/** Any UTF-16 code units, lone surrogates and NUL included, mixed with the nasty strings. */
export const anyText = fc.oneof(
  nasty,
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 40,
  }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
