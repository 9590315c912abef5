import { storableText } from "@/lib/text/storable-text";
/**
 * Reads W3C Web Annotation JSON-LD (one Annotation, an AnnotationPage, or an
 * AnnotationCollection with its pages embedded) into plain annotations with their reply
 * threads, checking everything the app's own forms would check. All or nothing: one bad item
 * rejects the whole document, with a message naming where, so the caller stores nothing.
 */
import { z } from "zod";
import { ANNOTATION_LABEL_NAMES, type AnnotationLabel } from "@/lib/annotations/labels";
import { MAX_NOTE_LENGTH } from "@/lib/annotations/schemas";

export const MAX_IMPORT_ANNOTATIONS = 5_000;
/** Replies are bounded too, or a file could smuggle in any amount of data as "replies". */
const MAX_IMPORT_REPLIES = 50_000;
const MAX_QUOTE_LENGTH = 20_000;
const MAX_TAGS = 10;
const MAX_TAG_LENGTH = 40;
/** Quote context kept on each side; anchoring needs a few dozen characters, not megabytes. */
const MAX_CONTEXT_LENGTH = 1_000;
/** Error messages returned at most; one broken field repeated 5,000 times needs no more. */
const MAX_ERRORS = 50;

interface ImportedReply {
  /** The reply's id in the file, or null. */
  sourceId: string | null;
  /** The reply this one answers, or null for a reply to the annotation itself. */
  parentSourceId: string | null;
  /** Markdown, trimmed. */
  body: string;
}

export interface ImportedAnnotation {
  sourceId: string | null;
  /** The target's `source` (the document annotated), or null when the file does not say. */
  source: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  /** From a TextPositionSelector, when there is one. */
  start: number | null;
  end: number | null;
  label: AnnotationLabel;
  /** Markdown (or plain text); "" for none. */
  note: string;
  tags: string[];
  /** Parents before their replies, otherwise in document order. */
  replies: ImportedReply[];
}

export type ImportResult = { ok: true; annotations: ImportedAnnotation[] } | { ok: false; errors: string[] };

type Path = ReadonlyArray<string | number>;

/** "items[3].target.selector", or "document" for the top. */
function formatPath(path: Path): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "document" : out;
}

class Problems {
  readonly messages: string[] = [];
  add(path: Path, message: string): void {
    this.messages.push(`${formatPath(path)}: ${message}`);
  }
  get any(): boolean {
    return this.messages.length > 0;
  }
}

/** Runs a zod schema, turning its issues into path-prefixed messages. */
function parseAt<T>(schema: z.ZodType<T>, value: unknown, path: Path, problems: Problems): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const sub = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    problems.add([...path, ...sub], issue.message);
  }
  return undefined;
}

/** A JSON-LD value that may be one string or a list of them, as a list. */
const oneOrMany = (error = "must be text or a list of texts") =>
  z.union([z.string(), z.array(z.string())], { error }).transform((v) => (Array.isArray(v) ? v : [v]));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
/** Built once: a zod schema is costly to make, and typesOf runs for every object read. */
const anyTypes = oneOrMany();
const typesOf = (value: unknown): string[] => {
  const parsed = isObject(value) ? anyTypes.safeParse(value.type) : undefined;
  return parsed?.success ? parsed.data : [];
};

const annotationShape = z.looseObject({
  id: z.string({ error: "must be a URL or other text id" }).optional(),
  type: oneOrMany('must be "Annotation"').refine((types) => types.includes("Annotation"), {
    error: 'must be "Annotation"',
  }),
  motivation: oneOrMany().optional(),
  bodyValue: z.string({ error: "must be text" }).optional(),
});

const textQuoteSelector = z.looseObject({
  exact: z
    .string({ error: "must be text" })
    .transform(storableText)
    .refine((exact) => exact.length > 0, { error: "is empty: the quote needs some text" })
    .refine((exact) => exact.length <= MAX_QUOTE_LENGTH, {
      error: `is longer than ${MAX_QUOTE_LENGTH.toLocaleString("en-US")} characters`,
    }),
  prefix: z
    .string({ error: "must be text" })
    .optional()
    .transform((prefix) => storableText(prefix ?? "").slice(-MAX_CONTEXT_LENGTH)),
  suffix: z
    .string({ error: "must be text" })
    .optional()
    .transform((suffix) => storableText(suffix ?? "").slice(0, MAX_CONTEXT_LENGTH)),
});

const textPositionSelector = z
  .looseObject({
    start: z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0),
    end: z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0),
  })
  .refine((position) => position.end > position.start, { error: "end must be after start", path: ["end"] });

const textualBody = z.looseObject({
  type: oneOrMany('must be "TextualBody"')
    .refine((types) => types.includes("TextualBody"), {
      error: 'must be "TextualBody" (only text bodies can be imported)',
    })
    .optional(),
  value: z.string({ error: "is missing: only TextualBody bodies (with a text value) can be imported" }),
  format: z.string({ error: "must be text" }).optional(),
  purpose: oneOrMany().optional(),
});

type Item = { value: unknown; path: Path };

/** The annotations of the document, in order, with the path each sits at. */
function collectItems(document: unknown, problems: Problems): Item[] {
  if (!isObject(document)) {
    problems.add([], "expected a Web Annotation, AnnotationPage or AnnotationCollection (a JSON object)");
    return [];
  }
  const types = typesOf(document);
  if (types.includes("Annotation")) return [{ value: document, path: [] }];
  if (types.includes("AnnotationPage")) {
    // A page that follows others is only part of its collection; importing it would
    // silently drop the pages before it.
    if (document.prev !== undefined) {
      problems.add(
        ["prev"],
        "this page is part of a larger collection; import a file with every page embedded",
      );
      return [];
    }
    return pageChainItems(document, [], problems);
  }
  if (types.includes("AnnotationCollection")) {
    const first = document.first;
    if (first === undefined) {
      const total = typeof document.total === "number" ? document.total : 0;
      if (total > 0)
        problems.add(["first"], `is missing, but the collection says it has ${total} annotations`);
      return [];
    }
    if (!isObject(first)) {
      problems.add(
        ["first"],
        "links to a page instead of embedding it; only files with every page embedded can be imported",
      );
      return [];
    }
    return pageChainItems(first, ["first"], problems);
  }
  problems.add(["type"], 'expected "Annotation", "AnnotationPage" or "AnnotationCollection"');
  return [];
}

/** The items of a page and of every page its `next` chain embeds. */
function pageChainItems(firstPage: Record<string, unknown>, firstPath: Path, problems: Problems): Item[] {
  const items: Item[] = [];
  const seen = new Set<object>();
  let page: Record<string, unknown> | undefined = firstPage;
  let path = firstPath;
  while (page && !seen.has(page)) {
    seen.add(page);
    if (!typesOf(page).includes("AnnotationPage"))
      problems.add([...path, "type"], 'must be "AnnotationPage"');
    if (!Array.isArray(page.items)) {
      problems.add([...path, "items"], "must be a list of annotations");
    } else {
      page.items.forEach((value, i) => items.push({ value, path: [...path, "items", i] }));
    }
    const next: unknown = page.next;
    if (next === undefined) break;
    if (!isObject(next)) {
      problems.add(
        [...path, "next"],
        "links to the next page instead of embedding it; only files with every page embedded can be imported",
      );
      break;
    }
    page = next;
    path = [...path, "next"];
  }
  return items;
}

interface ParsedRoot {
  kind: "root";
  path: Path;
  annotation: ImportedAnnotation;
}
interface ParsedReply {
  kind: "reply";
  path: Path;
  sourceId: string | null;
  targetId: string;
  body: string;
}

/** True for a "replying" annotation aimed at another annotation rather than at text. */
function isReply(item: Record<string, unknown>, motivations: string[]): boolean {
  if (!motivations.includes("replying")) return false;
  const targets = Array.isArray(item.target) ? item.target : [item.target];
  return targets.every(
    (target) => typeof target === "string" || (isObject(target) && !("selector" in target)),
  );
}

/** The id a reply's target names: a string, or an object's id (or source). */
function replyTargetId(target: unknown, path: Path, problems: Problems): string | undefined {
  const single = Array.isArray(target) && target.length === 1 ? target[0] : target;
  if (typeof single === "string") return single;
  if (isObject(single)) {
    if (typeof single.id === "string") return single.id;
    if (typeof single.source === "string") return single.source;
  }
  problems.add([...path, "target"], "a reply must target exactly one annotation, by its id");
  return undefined;
}

interface BodyParts {
  notes: string[];
  labels: Array<{ value: string; path: Path }>;
  tags: Array<{ value: string; path: Path }>;
}

/** Sorts the text bodies into notes, labels and tags by purpose. */
function readBodies(item: Record<string, unknown>, path: Path, problems: Problems): BodyParts {
  const parts: BodyParts = { notes: [], labels: [], tags: [] };
  if (item.body !== undefined && item.bodyValue !== undefined) {
    problems.add([...path, "bodyValue"], "an annotation cannot have both body and bodyValue");
  }
  if (typeof item.bodyValue === "string") parts.notes.push(storableText(item.bodyValue));
  if (item.body === undefined) return parts;

  const bodies = Array.isArray(item.body)
    ? item.body.map((body, i) => ({ body: body as unknown, path: [...path, "body", i] }))
    : [{ body: item.body, path: [...path, "body"] }];
  for (const { body, path: bodyPath } of bodies) {
    if (typeof body === "string") {
      problems.add(
        bodyPath,
        "links to a resource; only TextualBody bodies (with a text value) can be imported",
      );
      continue;
    }
    const parsed = parseAt(textualBody, body, bodyPath, problems);
    if (!parsed) continue;
    const purposes = parsed.purpose ?? [];
    const value = storableText(parsed.value);
    if (purposes.includes("tagging")) {
      parts.tags.push({ value, path: [...bodyPath, "value"] });
    } else if (purposes.includes("classifying")) {
      parts.labels.push({ value, path: [...bodyPath, "value"] });
    } else if (purposes.every((purpose) => ["commenting", "describing", "replying"].includes(purpose))) {
      if (
        parsed.format !== undefined &&
        parsed.format !== "text/plain" &&
        parsed.format !== "text/markdown"
      ) {
        problems.add(
          [...bodyPath, "format"],
          `notes must be text/plain or text/markdown, not ${parsed.format}`,
        );
        continue;
      }
      parts.notes.push(value);
    } else {
      problems.add(
        [...bodyPath, "purpose"],
        `${purposes.join(", ")} is not supported: use commenting, classifying or tagging`,
      );
    }
  }
  return parts;
}

function readLabel(labels: BodyParts["labels"], path: Path, problems: Problems): AnnotationLabel {
  const names = new Set<AnnotationLabel>();
  for (const { value, path: labelPath } of labels) {
    const name = ANNOTATION_LABEL_NAMES.find((label) => label.toLowerCase() === value.trim().toLowerCase());
    if (name) names.add(name);
    else problems.add(labelPath, `label "${value}" is not one of ${ANNOTATION_LABEL_NAMES.join(", ")}`);
  }
  if (names.size > 1) problems.add([...path, "body"], `has more than one label (${[...names].join(", ")})`);
  return [...names][0] ?? "Note";
}

function readTags(tags: BodyParts["tags"], path: Path, problems: Problems): string[] {
  const unique = new Set<string>();
  for (const { value, path: tagPath } of tags) {
    const tag = value.trim();
    if (tag === "") problems.add(tagPath, "a tag is empty");
    else if (tag.length > MAX_TAG_LENGTH)
      problems.add(tagPath, `tag is longer than ${MAX_TAG_LENGTH} characters`);
    else unique.add(tag);
  }
  if (unique.size > MAX_TAGS)
    problems.add([...path, "body"], `has ${unique.size} tags; use at most ${MAX_TAGS}`);
  return [...unique];
}

function checkLength(text: string, what: string, path: Path, problems: Problems): void {
  if (text.length > MAX_NOTE_LENGTH) {
    problems.add(path, `${what} is longer than ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters`);
  }
}

/** The text target: the first target with a TextQuoteSelector among its selectors. */
function readTextTarget(
  target: unknown,
  path: Path,
  problems: Problems,
): Pick<ImportedAnnotation, "source" | "exact" | "prefix" | "suffix" | "start" | "end"> | undefined {
  if (target === undefined) {
    problems.add([...path, "target"], "is missing");
    return undefined;
  }
  const targets = Array.isArray(target)
    ? target.map((value, i) => ({ value: value as unknown, path: [...path, "target", i] }))
    : [{ value: target, path: [...path, "target"] }];
  for (const { value, path: targetPath } of targets) {
    if (!isObject(value) || value.selector === undefined) continue;
    const selectors = Array.isArray(value.selector)
      ? value.selector.map((s, i) => ({ value: s as unknown, path: [...targetPath, "selector", i] }))
      : [{ value: value.selector, path: [...targetPath, "selector"] }];
    const quote = selectors.find((s) => typesOf(s.value).includes("TextQuoteSelector"));
    if (!quote) continue;
    const position = selectors.find((s) => typesOf(s.value).includes("TextPositionSelector"));
    const parsedQuote = parseAt(textQuoteSelector, quote.value, quote.path, problems);
    const parsedPosition = position && parseAt(textPositionSelector, position.value, position.path, problems);
    if (!parsedQuote) return undefined;
    const source = isObject(value.source) ? value.source.id : value.source;
    return {
      source: typeof source === "string" ? source : null,
      exact: parsedQuote.exact,
      prefix: parsedQuote.prefix,
      suffix: parsedQuote.suffix,
      start: parsedPosition?.start ?? null,
      end: parsedPosition?.end ?? null,
    };
  }
  const where =
    targets.length === 1 && isObject(target) ? [...path, "target", "selector"] : [...path, "target"];
  problems.add(where, "needs a TextQuoteSelector (the quoted text is how an annotation finds its place)");
  return undefined;
}

function parseItem(value: unknown, path: Path, problems: Problems): ParsedRoot | ParsedReply | undefined {
  if (typeof value === "string") {
    problems.add(path, "links to an annotation instead of embedding it");
    return undefined;
  }
  if (!isObject(value)) {
    problems.add(path, "must be an annotation (a JSON object)");
    return undefined;
  }
  const shape = parseAt(annotationShape, value, path, problems);
  if (!shape) return undefined;
  const sourceId = shape.id ?? null;

  if (isReply(value, shape.motivation ?? [])) {
    const targetId = replyTargetId(value.target, path, problems);
    const { notes } = readBodies(value, path, problems);
    const body = notes.join("\n\n").trim();
    if (body === "") problems.add([...path, "body"], "a reply needs some text");
    checkLength(body, "the reply", [...path, "body"], problems);
    return targetId === undefined ? undefined : { kind: "reply", path, sourceId, targetId, body };
  }

  const target = readTextTarget(value.target, path, problems);
  const parts = readBodies(value, path, problems);
  const label = readLabel(parts.labels, path, problems);
  const tags = readTags(parts.tags, path, problems);
  const note = parts.notes.join("\n\n");
  checkLength(note, "the note", [...path, "body"], problems);
  if (!target) return undefined;
  return { kind: "root", path, annotation: { sourceId, ...target, label, note, tags, replies: [] } };
}

/**
 * Parses a Web Annotation document. Replies ("replying" annotations targeting another
 * annotation's id) are attached to the annotation at the root of their thread, keeping the id
 * of the reply they answer so threads rebuild. Returns every problem found, each prefixed with
 * its JSON path (e.g. `first.items[3].target.selector: needs a TextQuoteSelector`), or the
 * annotations when there are none.
 */
export function parseWebAnnotationDocument(json: unknown): ImportResult {
  const problems = new Problems();
  const items = collectItems(json, problems);
  if (items.length > MAX_IMPORT_ANNOTATIONS + MAX_IMPORT_REPLIES) {
    // Cheap early refusal: no need to read a file this large item by item.
    return fail([
      `document: has ${items.length.toLocaleString("en-US")} items, far more than can be imported`,
    ]);
  }

  const parsed: Array<ParsedRoot | ParsedReply> = [];
  const byId = new Map<string, ParsedRoot | ParsedReply>();
  const unreadableIds = new Set<string>();
  for (const { value, path } of items) {
    const item = parseItem(value, path, problems);
    if (!item) {
      if (isObject(value) && typeof value.id === "string") unreadableIds.add(value.id);
      continue;
    }
    parsed.push(item);
    const id = item.kind === "root" ? item.annotation.sourceId : item.sourceId;
    if (id === null) continue;
    const earlier = byId.get(id);
    if (earlier) problems.add([...path, "id"], `"${id}" is also the id of ${formatPath(earlier.path)}`);
    else byId.set(id, item);
  }

  const roots = parsed.filter((item): item is ParsedRoot => item.kind === "root");
  const replies = parsed.filter((item): item is ParsedReply => item.kind === "reply");
  if (roots.length > MAX_IMPORT_ANNOTATIONS) {
    problems.add(
      [],
      `has ${roots.length.toLocaleString("en-US")} annotations; import at most 5,000 at a time`,
    );
  }
  if (replies.length > MAX_IMPORT_REPLIES) {
    problems.add(
      [],
      `has ${replies.length.toLocaleString("en-US")} replies; import at most 50,000 at a time`,
    );
  }
  attachReplies(replies, byId, unreadableIds, problems);
  return problems.any
    ? fail(problems.messages)
    : { ok: true, annotations: roots.map((root) => root.annotation) };
}

/** Finds each reply's thread root and adds the replies to it, parents first. */
function attachReplies(
  replies: ParsedReply[],
  byId: Map<string, ParsedRoot | ParsedReply>,
  unreadableIds: ReadonlySet<string>,
  problems: Problems,
): void {
  const rootOf = new Map<ParsedReply, ParsedRoot | null>();
  const findRoot = (reply: ParsedReply): ParsedRoot | null => {
    const chain = new Set<ParsedReply>();
    let current: ParsedReply = reply;
    let root: ParsedRoot | null = null;
    for (;;) {
      const known = rootOf.get(current);
      if (known !== undefined) {
        root = known;
        break;
      }
      if (chain.has(current)) {
        problems.add([...reply.path, "target"], "replies form a loop that never reaches an annotation");
        break;
      }
      chain.add(current);
      const target = byId.get(current.targetId);
      if (!target) {
        // Reported once, by the reply whose own target is missing, and not when the target
        // is there but could not be read (that item has its own message).
        if (current === reply && !unreadableIds.has(reply.targetId)) {
          problems.add(
            [...reply.path, "target"],
            `replies to "${reply.targetId}", which is not in this file`,
          );
        }
        break;
      }
      if (target.kind === "root") {
        root = target;
        break;
      }
      current = target;
    }
    for (const link of chain) rootOf.set(link, root);
    return root;
  };

  const children = new Map<ParsedRoot | ParsedReply, ParsedReply[]>();
  for (const reply of replies) {
    if (!findRoot(reply)) continue;
    const parent = byId.get(reply.targetId)!;
    const list = children.get(parent) ?? [];
    list.push(reply);
    children.set(parent, list);
  }
  for (const [parent, list] of children) {
    if (parent.kind !== "root") continue;
    // Depth first from the root's direct replies: a parent always precedes its replies.
    const stack = [...list].reverse();
    while (stack.length > 0) {
      const reply = stack.pop()!;
      const answered = byId.get(reply.targetId)!;
      parent.annotation.replies.push({
        sourceId: reply.sourceId,
        parentSourceId: answered.kind === "reply" ? answered.sourceId : null,
        body: reply.body,
      });
      const below = children.get(reply) ?? [];
      for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
    }
  }
}

function fail(messages: string[]): ImportResult {
  const errors = messages.slice(0, MAX_ERRORS);
  if (messages.length > MAX_ERRORS) errors.push(`…and ${messages.length - MAX_ERRORS} more problems`);
  return { ok: false, errors };
}
