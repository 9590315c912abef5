import MarkdownIt from "markdown-it";
import { RecentlyUsed } from "@/lib/recently-used";

// html: false escapes any raw HTML (shown as text, never run); markdown-it's validateLink
// already refuses javascript:, vbscript: and data: (except images) URLs.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

// Links open in a new tab without giving it a handle on this page or leaking the URL.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  token.attrSet("target", "_blank");
  token.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, index, options, env, self);
};

// The reader renders every note of a filing on each request (thousands on a busy filing), and
// notes rarely change: remember recent renderings (the output depends on the source alone).
const rendered = new RecentlyUsed<string, string>(10_000);

/** A note or comment's Markdown as safe HTML: no raw HTML, safe links only. */
export function renderMarkdown(source: string): string {
  const known = rendered.get(source);
  if (known !== undefined) return known;
  const html = markdown.render(source);
  if (source.length > 2_000) return html; // bounded memory: long notes are rendered each time
  rendered.set(source, html);
  return html;
}
