import "server-only";
import { handleOf } from "@/lib/threads/handles";
import { mentionedHandles } from "@/lib/threads/mentions";
import { listNoteAudience } from "@/server/data/list-note-audience";

/**
 * The people a note's own text @mentions who may read it (its author's workspace, when it is
 * shared; nobody else for a private note), never the author: what create and edit record for
 * "For you", on every path (the reader and the API).
 */
export async function mentionsInNote(options: {
  note: string;
  authorId: string;
  workspaceId: string | null;
}): Promise<string[]> {
  if (!options.note.includes("@")) return [];
  const audience = await listNoteAudience({ authorId: options.authorId, workspaceId: options.workspaceId });
  const byHandle = new Map(audience.map((person) => [handleOf(person.email), person.id]));
  return mentionedHandles(options.note, [...byHandle.keys()])
    .map((handle) => byHandle.get(handle))
    .filter((id): id is string => id !== undefined && id !== options.authorId);
}
