/**
 * Who may see and change annotations — the one place the rules live. The data layer applies
 * the same rule in its queries (see visibleAnnotationsWhere); these functions decide single
 * cases and are what the tests pin down.
 */

export interface Viewer {
  id: string;
  /** The workspaces the viewer belongs to, with the viewer's role in each. */
  workspaces: ReadonlyMap<string, "owner" | "member">;
}

/**
 * The viewer a user's workspace list describes (their role in each), so a page that reads the
 * workspaces anyway needs no second query for the viewer.
 */
export function viewerOf(
  userId: string,
  workspaces: ReadonlyArray<{ id: string; members: ReadonlyArray<{ userId: string; role: string }> }>,
): Viewer {
  const roles = new Map<string, "owner" | "member">();
  for (const workspace of workspaces) {
    const membership = workspace.members.find((member) => member.userId === userId);
    if (membership) roles.set(workspace.id, membership.role === "owner" ? "owner" : "member");
  }
  return { id: userId, workspaces: roles };
}

/** The viewer a user's memberships (each workspace with the user's role there) describe. */
export function viewerFromMemberships(
  userId: string,
  memberships: ReadonlyArray<{ workspaceId: string; role: string }>,
): Viewer {
  return {
    id: userId,
    workspaces: new Map(memberships.map((m) => [m.workspaceId, m.role === "owner" ? "owner" : "member"])),
  };
}

export interface AnnotationOwnership {
  authorId: string;
  workspaceId: string | null;
}

/**
 * The visibility rule as data, for one viewer: a note is visible when its author is
 * `authorId`, or when it is shared with one of `workspaceIds`. canSeeAnnotation, the Prisma
 * filter (visibleAnnotationsWhere) and search's SQL (visibleAnnotationsSql) are all built from
 * this; the SQL that reads the memberships itself (visibleToUserSql) states it again, and a test
 * checks the four agree.
 */
export function visibilityOf(viewer: Viewer): { authorId: string; workspaceIds: string[] } {
  return { authorId: viewer.id, workspaceIds: [...viewer.workspaces.keys()] };
}

/** Authors see their own notes; workspace notes are visible to that workspace's members. */
export function canSeeAnnotation(viewer: Viewer | null, annotation: AnnotationOwnership): boolean {
  if (!viewer) return false;
  const rule = visibilityOf(viewer);
  return (
    annotation.authorId === rule.authorId ||
    (annotation.workspaceId !== null && rule.workspaceIds.includes(annotation.workspaceId))
  );
}

/** Only the author edits a note (and its visibility). */
export function canEditAnnotation(viewer: Viewer | null, annotation: AnnotationOwnership): boolean {
  return viewer !== null && annotation.authorId === viewer.id;
}

/** The author, or an owner of the workspace the note is shared with, may delete it. */
export function canDeleteAnnotation(viewer: Viewer | null, annotation: AnnotationOwnership): boolean {
  if (!viewer) return false;
  if (annotation.authorId === viewer.id) return true;
  return annotation.workspaceId !== null && viewer.workspaces.get(annotation.workspaceId) === "owner";
}

/** A viewer may share a note only with a workspace they belong to. */
export function canShareWith(viewer: Viewer, workspaceId: string): boolean {
  return viewer.workspaces.has(workspaceId);
}
