import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CopyButton } from "./copy-button";

describe("useHydrated", () => {
  it("leaves a click-only button disabled in the server's HTML, where a click would be lost", () => {
    const html = renderToString(createElement(CopyButton, { text: "x", label: "Copy link" }));
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Copy link<\/button>/);
  });
});
