import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storableText } from "./storable-text";

describe("storableText", () => {
  it("drops NUL and replaces lone surrogates, keeping everything else", () => {
    expect(storableText("a\u0000b")).toBe("ab");
    expect(storableText("x\uD800y\uDFFFz")).toBe("x\uFFFDy\uFFFDz");
    expect(storableText("👩‍👩‍👧 e\u0301 مرحبا \u202E")).toBe("👩‍👩‍👧 e\u0301 مرحبا \u202E");
  });

  it("always gives text that encodes to UTF-8 and back unchanged, without NUL", () => {
    const anyCodeUnits = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(anyCodeUnits, (value) => {
        const stored = storableText(value);
        expect(stored.includes("\u0000")).toBe(false);
        expect(new TextDecoder().decode(new TextEncoder().encode(stored))).toBe(stored);
      }),
    );
  });
});
