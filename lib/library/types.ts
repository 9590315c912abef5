/**
 * What the library's components show, as the data layer returns it (server/data): defined
 * here so that components need no server module, even for a type.
 */

/** A filing in the library's list (listFilings). */
export interface LibraryFiling {
  id: string;
  slug: string;
  company: string;
  form: string;
  fiscalYear: number | null;
  cik: string | null;
  tickers: string[];
  periodOfReport: string | null;
  filingDate: string | null;
  createdAt: Date;
  _count: { riskFactors: number };
}

/** A reply or a note that @mentions the reader, on a note they may still see (listMentionsForUser). */
export interface MentionOfReader {
  id: string;
  createdAt: Date;
  /** Where the reader is named: in a reply of the note's thread, or in the note itself. */
  in: "reply" | "note";
  /** The reply's or the note's Markdown. */
  text: string;
  authorName: string;
  note: {
    id: string;
    exact: string;
    filing: { company: string; form: string; fiscalYear: number | null };
  };
}

/** A new filing of a company the reader watches (listFilingNotices). */
export interface FilingNoticeOfReader {
  id: string;
  createdAt: Date;
  /** What in it concerns the reader's notes (a risk factor they annotated changed or went). */
  details: string[];
  filing: {
    slug: string;
    company: string;
    form: string;
    fiscalYear: number | null;
    filingDate: string | null;
  };
}

/** A workspace the reader belongs to, with its members and their roles (listUserWorkspaces). */
export interface WorkspaceWithMembers {
  id: string;
  name: string;
  members: Array<{
    userId: string;
    /** "owner" or "member". */
    role: string;
    user: { name: string; email: string };
  }>;
}

/**
 * Something that happened on a note in a filing or workspace the reader follows, by someone
 * else, on a note they may still read (listFollowNoticesForUser).
 */
export interface FollowNoticeOfReader {
  id: string;
  createdAt: Date;
  /** A new note, a reply in its thread, or the thread resolved. */
  kind: "note" | "reply" | "resolved";
  actorName: string;
  /** The reply's or the note's Markdown (empty for a resolution). */
  text: string;
  note: {
    id: string;
    exact: string;
    filing: { company: string; form: string; fiscalYear: number | null; tickers: string[] };
  };
}
