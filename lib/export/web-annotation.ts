/**
 * Annotations as W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/),
 * paged as the Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/) pages a
 * container. Notes, labels and tags are TextualBody bodies told apart by `purpose`; comments
 * become "replying" annotations whose target is the annotation (or comment) they answer.
 */
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring";
import { buildThread, type ThreadNode } from "@/lib/threads/build-thread";
import type { ExportAnnotation, ExportComment, ExportFiling } from "./types";
import { annotationApiId, filingUrl, replyApiId, userUrl } from "./urls";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";
/** Root annotations per page when the caller does not say. */
const DEFAULT_PAGE_SIZE = 100;

interface TextualBody {
  type: "TextualBody";
  value: string;
  format?: "text/markdown" | "text/plain";
  purpose?: "commenting" | "classifying" | "tagging";
}

interface WebAnnotationAgent {
  id: string;
  type: "Person";
  name: string;
}

interface TextTarget {
  type: "SpecificResource";
  source: string;
  /** An orphan (its quote is nowhere in the current text) has no position. */
  selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector];
}

export interface WebAnnotation {
  "@context"?: typeof ANNO_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "commenting" | "highlighting" | "replying";
  created: string;
  modified: string;
  creator: WebAnnotationAgent;
  body?: TextualBody[];
  /** The filing text for an annotation; the id of the annotation answered for a reply. */
  target: TextTarget | string;
}

export interface AnnotationPage {
  "@context"?: typeof ANNO_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; label: string; total: number };
  startIndex: number;
  next?: string;
  prev?: string;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  "@context": typeof ANNO_CONTEXT | [typeof ANNO_CONTEXT, typeof LDP_CONTEXT];
  id: string;
  type: "AnnotationCollection" | ["BasicContainer", "AnnotationCollection"];
  label: string;
  /** Annotations and replies together: every item of every page. */
  total: number;
  first?: string | AnnotationPage;
  last?: string;
}

export interface WebAnnotationOptions {
  /** The app's origin, e.g. "https://marginalia.example"; every id is built on it. */
  baseUrl: string;
  filing: ExportFiling;
}

export interface CollectionOptions extends WebAnnotationOptions {
  annotations: readonly ExportAnnotation[];
  /** The collection's URL; pages are `${collectionId}?page=N`, N counting from 0. */
  collectionId: string;
  /** Defaults to the filing's name. */
  label?: string;
  /** Root annotations per page (each comes with all its replies). Default 100. */
  pageSize?: number;
}

export interface PageOptions extends CollectionOptions {
  /** Counting from 0, as in the protocol's examples. */
  page: number;
}

/**
 * One annotation as a Web Annotation. The note (Markdown), the label and each tag are
 * TextualBody bodies with the purposes commenting, classifying and tagging; the target is the
 * filing with a TextQuoteSelector and a TextPositionSelector (UTF-16 offsets into the
 * canonical text; none for an orphan, whose quote the current text does not hold). Carries its own "@context" so it stands alone.
 */
export function toWebAnnotation(annotation: ExportAnnotation, options: WebAnnotationOptions): WebAnnotation {
  const body: TextualBody[] = [];
  if (annotation.note !== "") {
    body.push({
      type: "TextualBody",
      value: annotation.note,
      format: "text/markdown",
      purpose: "commenting",
    });
  }
  if (annotation.label !== "")
    body.push({ type: "TextualBody", value: annotation.label, purpose: "classifying" });
  for (const tag of annotation.tags) body.push({ type: "TextualBody", value: tag, purpose: "tagging" });
  const quote: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
  };
  return {
    "@context": ANNO_CONTEXT,
    id: annotationApiId(options.baseUrl, annotation.id),
    type: "Annotation",
    motivation: annotation.note !== "" ? "commenting" : "highlighting",
    created: annotation.createdAt.toISOString(),
    modified: annotation.updatedAt.toISOString(),
    creator: agent(options.baseUrl, annotation.authorId, annotation.authorName),
    // The model allows an annotation without a body; an empty list would not be valid.
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: "SpecificResource",
      source: filingUrl(options.baseUrl, annotation.filingSlug),
      selector: annotation.orphaned
        ? [quote]
        : [quote, { type: "TextPositionSelector", start: annotation.start, end: annotation.end }],
    },
  };
}

/**
 * The annotation's live comments as "replying" Web Annotations, parents before their replies
 * (oldest first). A reply targets the comment it answers, or the annotation for a top-level
 * comment. Deleted comments are left out, so a reply under one targets its nearest live
 * ancestor instead: every target stays inside the export.
 */
export function toWebAnnotationReplies(
  annotation: ExportAnnotation,
  options: WebAnnotationOptions,
): WebAnnotation[] {
  const rootId = annotationApiId(options.baseUrl, annotation.id);
  const replies: WebAnnotation[] = [];
  // buildThread also settles missing parents and cycles, which a target chain must not have.
  const stack: Array<{ node: ThreadNode<ExportComment>; target: string }> = buildThread(annotation.comments)
    .map((node) => ({ node, target: rootId }))
    .reverse();
  while (stack.length > 0) {
    const { node, target } = stack.pop()!;
    const comment = node.comment;
    let childTarget = target;
    if (comment.deletedAt === null) {
      const id = replyApiId(options.baseUrl, annotation.id, comment.id);
      replies.push({
        "@context": ANNO_CONTEXT,
        id,
        type: "Annotation",
        motivation: "replying",
        created: comment.createdAt.toISOString(),
        modified: (comment.editedAt ?? comment.createdAt).toISOString(),
        creator: agent(options.baseUrl, comment.authorId, comment.authorName),
        body: [{ type: "TextualBody", value: comment.body, format: "text/markdown" }],
        target,
      });
      childTarget = id;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({ node: node.children[i]!, target: childTarget });
    }
  }
  return replies;
}

/**
 * The collection's description (protocol container form, with both contexts): its total and
 * links to its first and last pages. An empty collection has no pages, so no first or last.
 */
export function toAnnotationCollection(options: CollectionOptions): AnnotationCollection {
  const pageSize = checkedPageSize(options.pageSize);
  const pageCount = Math.ceil(options.annotations.length / pageSize);
  return {
    "@context": [ANNO_CONTEXT, LDP_CONTEXT],
    id: options.collectionId,
    type: ["BasicContainer", "AnnotationCollection"],
    label: collectionLabel(options),
    total: countItems(options),
    ...(pageCount > 0
      ? { first: pageId(options.collectionId, 0), last: pageId(options.collectionId, pageCount - 1) }
      : {}),
  };
}

/**
 * Page `page` (from 0) of the collection: `pageSize` annotations, each followed by its
 * replies, so a thread never straddles two pages. `startIndex` counts items (annotations and
 * replies) before this page. Items leave out "@context": the page's applies to them, as in the
 * protocol's examples. Null for a page that does not exist.
 */
export function toAnnotationPage(options: PageOptions): AnnotationPage | null {
  return buildPage(options, false);
}

/**
 * The whole collection as one self-contained JSON-LD file for download: the collection with
 * every item embedded in a single first page (the model allows `first` to be an embedded page;
 * `next` would have to be a link, so one page avoids links a file cannot follow). Each item
 * keeps its own "@context" so it stays a valid annotation when split out of the file.
 * `parseWebAnnotationDocument` reads it back.
 */
export function toWebAnnotationDocument(options: Omit<CollectionOptions, "pageSize">): AnnotationCollection {
  const pageSize = Math.max(1, options.annotations.length);
  const page = buildPage({ ...options, pageSize, page: 0 }, true);
  return {
    "@context": ANNO_CONTEXT,
    id: options.collectionId,
    type: "AnnotationCollection",
    label: collectionLabel(options),
    total: countItems(options),
    ...(page ? { first: page, last: page.id } : {}),
  };
}

function buildPage(options: PageOptions, keepItemContext: boolean): AnnotationPage | null {
  const pageSize = checkedPageSize(options.pageSize);
  const { annotations, page } = options;
  if (!Number.isInteger(page) || page < 0 || page * pageSize >= annotations.length) return null;
  const pageCount = Math.ceil(annotations.length / pageSize);

  let startIndex = 0;
  for (const annotation of annotations.slice(0, page * pageSize)) {
    startIndex += 1 + replyCount(annotation);
  }
  const items: WebAnnotation[] = [];
  for (const annotation of annotations.slice(page * pageSize, (page + 1) * pageSize)) {
    items.push(toWebAnnotation(annotation, options), ...toWebAnnotationReplies(annotation, options));
  }
  return {
    "@context": ANNO_CONTEXT,
    id: pageId(options.collectionId, page),
    type: "AnnotationPage",
    partOf: { id: options.collectionId, label: collectionLabel(options), total: countItems(options) },
    startIndex,
    ...(page + 1 < pageCount ? { next: pageId(options.collectionId, page + 1) } : {}),
    ...(page > 0 ? { prev: pageId(options.collectionId, page - 1) } : {}),
    items: keepItemContext ? items : items.map(withoutContext),
  };
}

function agent(baseUrl: string, userId: string, name: string): WebAnnotationAgent {
  return { id: userUrl(baseUrl, userId), type: "Person", name };
}

function withoutContext(item: WebAnnotation): WebAnnotation {
  const rest = { ...item };
  delete rest["@context"];
  return rest;
}

function pageId(collectionId: string, page: number): string {
  return `${collectionId}${collectionId.includes("?") ? "&" : "?"}page=${page}`;
}

function checkedPageSize(pageSize: number | undefined): number {
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`pageSize must be a positive integer: ${size}`);
  return size;
}

function collectionLabel(options: CollectionOptions): string {
  if (options.label !== undefined) return options.label;
  const { company, form, fiscalYear } = options.filing;
  return `Annotations on ${company} ${form}${fiscalYear === null ? "" : ` ${fiscalYear}`}`;
}

/** How many replies `toWebAnnotationReplies` gives for the annotation, without building them. */
function replyCount(annotation: ExportAnnotation): number {
  // Walks the same thread, so startIndex and total always match the items.
  let count = 0;
  const stack = buildThread(annotation.comments);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.comment.deletedAt === null) count++;
    for (const child of node.children) stack.push(child);
  }
  return count;
}

function countItems(options: CollectionOptions): number {
  return options.annotations.reduce((sum, annotation) => sum + 1 + replyCount(annotation), 0);
}
