/**
 * A filing's annotations as a Markdown brief: one section per risk factor, in filing order,
 * with the annotations inside it and their reply threads. All user and filing text goes
 * through markdown-escape, so the only headings, lists and quotes are the brief's own.
 */
import { buildThread, type ThreadNode } from "@/lib/threads/build-thread";
import { markdownInlineText, markdownTextLines } from "./markdown-escape";
import {
  riskFactorAt,
  type ExportAnnotation,
  type ExportComment,
  type ExportFiling,
  type ExportRiskFactor,
} from "./types";
import { annotationLink } from "./urls";

export interface FilingBriefInput {
  filing: ExportFiling;
  riskFactors: readonly ExportRiskFactor[];
  annotations: readonly ExportAnnotation[];
  /** The app's origin, e.g. "https://marginalia.example". */
  baseUrl: string;
}

/** Reply nesting shown; deeper replies line up at this depth rather than drift off the page. */
const MAX_REPLY_DEPTH = 8;

/**
 * The brief: `# {company} — {form} {fiscalYear}`, then `## {ordinal}. {title}` with its
 * category for each risk factor (by ordinal), listing the annotations whose start offset falls
 * inside it (by offset): quote, label, author, workspace, state, tags, note, a link, and the
 * replies as a nested list (deleted ones as "[deleted]"). Annotations outside every risk
 * factor close the brief under "## Other annotations".
 */
export function filingBriefMarkdown({ filing, riskFactors, annotations, baseUrl }: FilingBriefInput): string {
  const ordered = [...riskFactors].sort((a, b) => a.ordinal - b.ordinal);
  const byRiskFactor = new Map<ExportRiskFactor, ExportAnnotation[]>(ordered.map((rf) => [rf, []]));
  const other: ExportAnnotation[] = [];
  for (const annotation of [...annotations].sort(byPosition)) {
    const riskFactor = annotation.orphaned ? undefined : riskFactorAt(ordered, annotation.start);
    if (riskFactor) byRiskFactor.get(riskFactor)!.push(annotation);
    else other.push(annotation);
  }

  const title = [
    filing.company,
    "—",
    filing.form,
    filing.fiscalYear === null ? "" : String(filing.fiscalYear),
  ]
    .filter(Boolean)
    .join(" ");
  const blocks: string[] = [`# ${markdownInlineText(title)}`];
  for (const riskFactor of ordered) {
    blocks.push(`## ${riskFactor.ordinal}. ${markdownInlineText(riskFactor.title)}`);
    blocks.push(`*Category: ${markdownInlineText(riskFactor.category)}*`);
    const inside = byRiskFactor.get(riskFactor)!;
    if (inside.length === 0) blocks.push("*No annotations.*");
    for (const annotation of inside) blocks.push(annotationItem(annotation, baseUrl));
  }
  if (other.length > 0) {
    blocks.push("## Other annotations");
    for (const annotation of other) blocks.push(annotationItem(annotation, baseUrl));
  }
  return blocks.join("\n\n") + "\n";
}

function byPosition(a: ExportAnnotation, b: ExportAnnotation): number {
  return a.start - b.start || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);
}

/** One annotation as a list item; every line after the first is indented under it. */
function annotationItem(annotation: ExportAnnotation, baseUrl: string): string {
  const meta = [
    `**${markdownInlineText(annotation.label) || "No label"}**`,
    markdownInlineText(annotation.authorName) || "Unknown author",
    markdownInlineText(annotation.workspaceName ?? "Private"),
    annotation.resolvedAt ? "resolved" : "open",
    // The <…> form of a link destination may hold any character but <, > and line breaks,
    // and the URL has none: its id is percent-encoded.
    `[Open in Marginalia](<${annotationLink(baseUrl, annotation.id)}>)`,
  ].join(" · ");
  const sections: string[][] = [
    markdownTextLines(annotation.exact).map((line) => (line ? `> ${line}` : ">")),
  ];
  if (annotation.tags.length > 0) {
    sections.push([`*Tags: ${annotation.tags.map(markdownInlineText).join(", ")}*`]);
  }
  const note = markdownTextLines(annotation.note);
  if (note.length > 0) sections.push(note);
  const thread = buildThread(annotation.comments, { keepDeletedLeaves: true });
  if (thread.length > 0) sections.push(["Replies:", "", ...replyLines(thread)]);

  const body = sections.flatMap((section) => ["", ...section]).map((line) => (line ? `  ${line}` : ""));
  return [`- ${meta}`, ...body].join("\n");
}

/** The thread as a nested list, oldest first, without recursion (threads can be deep). */
function replyLines(roots: ThreadNode<ExportComment>[]): string[] {
  const lines: string[] = [];
  const stack = roots.map((node) => ({ node, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const indent = "  ".repeat(Math.min(depth, MAX_REPLY_DEPTH));
    const comment = node.comment;
    if (comment.deletedAt !== null) {
      lines.push(`${indent}- [deleted]`);
    } else {
      const date = comment.createdAt.toISOString().slice(0, 10);
      const text = markdownTextLines(comment.body);
      // "****" would be no bold at all, so an empty name gets a stand-in.
      const head = `${indent}- **${markdownInlineText(comment.authorName) || "Unknown author"}** · ${date}`;
      lines.push(text.length > 0 ? `${head}:\\` : head);
      for (const line of text) lines.push(line ? `${indent}  ${line}` : "");
    }
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, depth: depth + 1 });
  }
  return lines;
}
