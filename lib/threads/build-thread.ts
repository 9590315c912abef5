/**
 * Comment threads as trees, after the Hypothesis client's build-thread.ts: replies are placed
 * under their parent, oldest first. Comments arrive from the database in no particular order
 * and may be inconsistent (a parent deleted for good, a bad import), so building must never
 * lose a comment or loop.
 */

/** The fields a comment needs to take its place in a thread. */
export interface ThreadComment {
  id: string;
  /** The comment this one replies to, or null for a top-level comment. */
  parentId: string | null;
  /** A Date or anything `Date.parse` reads (ISO 8601 from JSON). */
  createdAt: Date | string;
  /** Set when the comment was deleted; it is kept only as a placeholder for live replies. */
  deletedAt?: Date | string | null;
}

/** A comment and its replies, oldest first. */
export interface ThreadNode<C extends ThreadComment = ThreadComment> {
  comment: C;
  children: ThreadNode<C>[];
  /**
   * True when the comment names a parent that is not in the list, or one that would close a
   * cycle: it is shown at the top level, and the UI may say what it replied to is gone.
   */
  detached: boolean;
}

export interface BuildThreadOptions {
  /** Keep deleted comments that have no live replies. Default false: there is nothing to show. */
  keepDeletedLeaves?: boolean;
}

/** True when the comment was deleted. */
function isDeleted(comment: ThreadComment): boolean {
  return comment.deletedAt !== undefined && comment.deletedAt !== null && comment.deletedAt !== "";
}

/** Milliseconds since the epoch; an unreadable date sorts after every readable one. */
function timeOf(comment: ThreadComment): number {
  const t = comment.createdAt instanceof Date ? comment.createdAt.getTime() : Date.parse(comment.createdAt);
  return Number.isNaN(t) ? Infinity : t;
}

/** Oldest first; the id breaks ties so the order never depends on the input's. */
function compareComments(a: ThreadComment, b: ThreadComment): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Builds the forest of threads: the top-level comments, oldest first, each with its replies
 * nested and sorted by `createdAt` (then id).
 *
 * - A reply whose parent is missing is attached at the top level, marked `detached`.
 * - Parent links that form a cycle (including a comment naming itself) are broken at the
 *   cycle's oldest comment, which becomes a detached top-level comment.
 * - A repeated id keeps its first comment; later ones are dropped.
 * - Deleted comments stay as placeholders while they have live replies, and are dropped
 *   otherwise (unless `keepDeletedLeaves`).
 * Works without recursion, so a very long reply chain cannot overflow the stack.
 */
export function buildThread<C extends ThreadComment>(
  comments: readonly C[],
  options: BuildThreadOptions = {},
): ThreadNode<C>[] {
  const nodes = new Map<string, ThreadNode<C>>();
  for (const comment of comments) {
    if (!nodes.has(comment.id)) nodes.set(comment.id, { comment, children: [], detached: false });
  }

  // Effective parent of each comment: null for top-level and detached ones.
  const parentOf = new Map<string, string | null>();
  for (const [id, node] of nodes) {
    const parentId = node.comment.parentId;
    if (parentId === null || parentId === undefined) {
      parentOf.set(id, null);
    } else if (parentId === id || !nodes.has(parentId)) {
      parentOf.set(id, null);
      node.detached = true;
    } else {
      parentOf.set(id, parentId);
    }
  }
  breakCycles(nodes, parentOf);

  const roots: ThreadNode<C>[] = [];
  for (const [id, node] of nodes) {
    const parentId = parentOf.get(id) ?? null;
    const parent = parentId === null ? undefined : nodes.get(parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  const byAge = (a: ThreadNode<C>, b: ThreadNode<C>) => compareComments(a.comment, b.comment);
  roots.sort(byAge);
  for (const node of nodes.values()) node.children.sort(byAge);

  return options.keepDeletedLeaves ? roots : pruneDeleted(roots);
}

/** Follows parent links from every comment; a walk that meets itself has found a cycle. */
function breakCycles<C extends ThreadComment>(
  nodes: Map<string, ThreadNode<C>>,
  parentOf: Map<string, string | null>,
): void {
  const DONE = 2;
  const ON_PATH = 1;
  const state = new Map<string, number>();
  for (const start of nodes.keys()) {
    const path: string[] = [];
    let current: string | null = start;
    while (current !== null && !state.has(current)) {
      state.set(current, ON_PATH);
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    if (current !== null && state.get(current) === ON_PATH) {
      const cycle = path.slice(path.indexOf(current));
      const oldest = cycle.reduce((a, b) =>
        compareComments(nodes.get(b)!.comment, nodes.get(a)!.comment) < 0 ? b : a,
      );
      parentOf.set(oldest, null);
      nodes.get(oldest)!.detached = true;
    }
    for (const id of path) state.set(id, DONE);
  }
}

/** Drops deleted comments with no live descendants, children before parents. */
function pruneDeleted<C extends ThreadComment>(roots: ThreadNode<C>[]): ThreadNode<C>[] {
  const order: ThreadNode<C>[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.children) stack.push(child);
  }
  const kept = (node: ThreadNode<C>) => !isDeleted(node.comment) || node.children.length > 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    node.children = node.children.filter(kept);
  }
  return roots.filter(kept);
}

/** Number of live (not deleted) replies under `node`, at any depth. */
export function countReplies<C extends ThreadComment>(node: ThreadNode<C>): number {
  let count = 0;
  const stack = [...node.children];
  while (stack.length > 0) {
    const reply = stack.pop()!;
    if (!isDeleted(reply.comment)) count++;
    for (const child of reply.children) stack.push(child);
  }
  return count;
}
