/** An annotation as the reader's client needs it (serialised by the filing page). */
export interface ReaderAnnotation {
  id: string;
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
