import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders Markdown", () => {
    expect(renderMarkdown("**Key person** risk: see _Item 6_")).toContain("<strong>Key person</strong>");
  });
  it("shows raw HTML and scripts as text, never as markup", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
  it("opens links safely and refuses javascript: URLs", () => {
    expect(renderMarkdown("[IR](https://example.com/ir)")).toContain('rel="noopener noreferrer nofollow"');
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain('href="javascript:');
  });
});
