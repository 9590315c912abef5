import type { ReaderAnnotation } from "@/lib/annotations/reader-annotation";
import type { UnreadForYou } from "@/lib/notify/unread-for-you";

/**
 * What the reader page learns about its reader after the first paint, from
 * `GET /api/filings/<slug>/reader`: the page itself is the same for everyone (one cached shell,
 * scripts/page-cache.mjs), so who is reading, what they may do and their notes arrive here.
 */
export type ReaderSession = SignedOutReaderSession | SignedInReaderSession;

/** A visitor who is not signed in. */
interface SignedOutReaderSession {
  user: null;
}

/** A signed-in reader: who they are, where they may share notes, and what they may do. */
export interface SignedInReaderSession {
  user: { name: string };
  /** The user's workspaces, to share a new note with or import notes into. */
  workspaces: Array<{ id: string; name: string }>;
  /** The live feed's starting point: events after this id are news. */
  liveAfter: string;
  /** Whether they follow the filing (its Follow button). */
  following: boolean;
  /** The filing's notes they may see, as summaries (a card's thread is read when opened). */
  notes: ReaderAnnotation[];
  /** Their unread "For you" entries (the header's badge). */
  unread: UnreadForYou;
  /** The company's report of the year before, whose notes are carried to this one; null when none. */
  previousReport: { slug: string } | null;
  /** Its importer corrects its details and replaces its text. */
  mayEditDetails: boolean;
  /** Its curators change categories and may delete it (with what goes with it). */
  deletion: {
    allowed: boolean;
    yours: number;
    workspaces: Array<{ name: string; count: number }>;
    others: number;
  };
}
