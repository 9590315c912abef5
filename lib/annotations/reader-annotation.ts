import { canDeleteAnnotation, type Viewer } from "@/lib/permissions/annotation-access";
import { handleOf } from "@/lib/threads/handles";
import { labelColour } from "./labels";
import { renderMarkdown } from "./markdown";
import { resolveAnchors, type StoredSelectors } from "./resolve-anchors";

/**
 * An annotation as the reader's client needs it (serialised by the filing page and by saves).
 * The page sends every note as a summary (`full: false`: what its card and highlight need) and
 * the thread (note text, replies, audience) only for the one opened by a link: a filing may
 * carry thousands of notes, and a thread is read when its card is opened.
 */
export interface ReaderAnnotation {
  id: string;
  /** Whether the thread is here (noteHtml, note, comments, audience); else it is fetched. */
  full: boolean;
  /** Replies not deleted (also known for a summary). */
  replyCount: number;
  label: string;
  colour: string;
  /** The note rendered from Markdown on the server (no raw HTML). */
  noteHtml: string;
  /** The note's Markdown source (for its author to edit). */
  note: string;
  /** The version an edit is made from (a stale one is refused). */
  version: number;
  canDelete: boolean;
  tags: string[];
  /**
   * The quoted passage; "" in a summary when the current text holds it as it is at `anchor`
   * (the client reads it there).
   */
  exact: string;
  authorName: string;
  createdAt: string;
  resolved: boolean;
  mine: boolean;
  workspaceName: string | null;
  anchor: { status: "anchored"; start: number; end: number; changed: boolean } | { status: "orphan" };
  comments: ReaderComment[];
  /** Who can see the note, so a reply may @mention them. */
  audience: Array<{ handle: string; name: string }>;
}

export interface ReaderComment {
  id: string;
  parentId: string | null;
  bodyHtml: string;
  authorName: string;
  createdAt: string;
  deletedAt: string | null;
  editedAt: string | null;
  /** Set when the viewer wrote it: the Markdown source, to edit. */
  source: string | null;
  version: number;
}

/**
 * A stored annotation with what the reader shows of it (as the data layer reads it): with its
 * note and thread, or a summary with only the count of its replies.
 */
export interface StoredReaderAnnotation extends StoredSelectors {
  id: string;
  authorId: string;
  workspaceId: string | null;
  label: string;
  note?: string;
  _count?: { comments: number };
  tags: string[];
  version: number;
  resolvedAt: Date | null;
  createdAt: Date;
  author: { name: string; email: string };
  workspace: { name: string } | null;
  comments?: Array<{
    id: string;
    parentId: string | null;
    authorId: string;
    version: number;
    body: string;
    createdAt: Date;
    editedAt: Date | null;
    deletedAt: Date | null;
    author: { name: string };
  }>;
}

/** Whether the text at a note's anchor is its quote, character for character. */
function quoteIsInText(text: string, note: { exact: string; anchor: ReaderAnnotation["anchor"] }): boolean {
  return note.anchor.status === "anchored" && text.slice(note.anchor.start, note.anchor.end) === note.exact;
}

/** A workspace of the viewer's, with its members (who may be @mentioned on its notes). */
export interface AudienceWorkspace {
  id: string;
  members: Array<{ user: { name: string; email: string } }>;
}

/**
 * Annotations as the reader's client shows them to `viewer`: anchored in the filing's current
 * text (`text`, `textHash`), notes and replies rendered from Markdown, and what the viewer may
 * do with each (edit their own, delete where allowed, @mention the note's audience).
 */
export function toReaderAnnotations(options: {
  text: string;
  textHash: string;
  annotations: StoredReaderAnnotation[];
  viewer: Viewer;
  workspaces: AudienceWorkspace[];
}): ReaderAnnotation[] {
  const { viewer, workspaces } = options;
  // Who may be @mentioned on a note: its author and the members of its workspace.
  const audienceOf = (author: { name: string; email: string }, workspaceId: string | null) => {
    const members =
      workspaces.find((workspace) => workspace.id === workspaceId)?.members.map((m) => m.user) ?? [];
    const people = new Map([author, ...members].map((person) => [handleOf(person.email), person.name]));
    return [...people].map(([handle, name]) => ({ handle, name }));
  };
  return resolveAnchors(options.text, options.textHash, options.annotations).map((annotation) => {
    const { note, comments } = annotation;
    const full = note !== undefined && comments !== undefined;
    return {
      id: annotation.id,
      full,
      replyCount: comments
        ? comments.filter((comment) => !comment.deletedAt).length
        : (annotation._count?.comments ?? 0),
      label: annotation.label,
      colour: labelColour(annotation.label),
      noteHtml: note ? renderMarkdown(note) : "",
      note: note !== undefined && annotation.authorId === viewer.id ? note : "",
      version: annotation.version,
      canDelete: canDeleteAnnotation(viewer, annotation),
      tags: annotation.tags,
      // A summary leaves out a quote the text holds as it is where the note sits: the reader has
      // it there (otherwise most of a list of thousands of notes' bytes).
      exact: !full && quoteIsInText(options.text, annotation) ? "" : annotation.exact,
      authorName: annotation.author.name,
      createdAt: annotation.createdAt.toISOString(),
      resolved: annotation.resolvedAt !== null,
      mine: annotation.authorId === viewer.id,
      workspaceName: annotation.workspace?.name ?? null,
      audience: full ? audienceOf(annotation.author, annotation.workspaceId) : [],
      anchor: annotation.anchor,
      comments: (comments ?? []).map((comment) => ({
        id: comment.id,
        parentId: comment.parentId,
        bodyHtml: comment.deletedAt ? "" : renderMarkdown(comment.body),
        authorName: comment.author.name,
        createdAt: comment.createdAt.toISOString(),
        deletedAt: comment.deletedAt?.toISOString() ?? null,
        editedAt: comment.editedAt?.toISOString() ?? null,
        source: comment.authorId === viewer.id && !comment.deletedAt ? comment.body : null,
        version: comment.version,
      })),
    };
  });
}
