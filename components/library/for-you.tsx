import Link from "next/link";
import { bareCik } from "@/lib/edgar/cik";
import { filingTitle, formatIsoDate } from "@/lib/filing/format-metadata";
import type { FilingNoticeOfReader, FollowNoticeOfReader, MentionOfReader } from "@/lib/library/types";
import { followEventVerb, shortQuote } from "@/lib/notify/follow";
import { MarkMentionsRead } from "./unread-mentions";

type Entry =
  | ({ kind: "mention" } & MentionOfReader)
  | ({ kind: "filing" } & FilingNoticeOfReader)
  | ({ kind: "follow"; event: FollowNoticeOfReader["kind"] } & Omit<FollowNoticeOfReader, "kind">);

const day = (date: Date) => (
  <time dateTime={date.toISOString()}>{date.toLocaleDateString("en-US", { dateStyle: "medium" })}</time>
);

/**
 * "For you": comments that @mention the signed-in user and news of the filings and workspaces
 * they follow, each linking to its note's passage and thread, and new filings of companies
 * they watch, each linking to the filing; newest first.
 */
export function ForYou({
  mentions,
  follows,
  notices,
  watching,
  limit,
}: {
  mentions: MentionOfReader[];
  follows: FollowNoticeOfReader[];
  notices: FilingNoticeOfReader[];
  /** The companies the user watches (bare or padded CIK), linked under the list. */
  watching: Array<{ cik: string; company: string }>;
  limit: number;
}) {
  const entries: Entry[] = [
    ...mentions.map((mention) => ({ kind: "mention" as const, ...mention })),
    ...notices.map((notice) => ({ kind: "filing" as const, ...notice })),
    ...follows.map(({ kind, ...notice }) => ({ kind: "follow" as const, event: kind, ...notice })),
  ]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, limit);
  return (
    <section aria-labelledby="for-you-title" className="space-y-2">
      <MarkMentionsRead newest={entries[0]?.createdAt.toISOString() ?? null} />
      <h2 id="for-you-title" className="font-semibold">
        For you
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          When a colleague @mentions you in a thread, writes in a filing or workspace you follow, or a company
          you watch files a report, it shows here.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`}>
              {entry.kind === "mention" ? (
                <Link
                  href={`/a/${entry.note.id}`}
                  className="block space-y-1 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60"
                >
                  <span className="block">
                    <strong>{entry.authorName}</strong> mentioned you{" "}
                    {entry.in === "note" ? "in a note" : "in a reply"} on {entry.note.filing.company}, Form{" "}
                    {entry.note.filing.form}
                    {entry.note.filing.fiscalYear ? ` ${entry.note.filing.fiscalYear}` : ""} ·{" "}
                    {day(entry.createdAt)}
                  </span>
                  <span className="line-clamp-2 block text-stone-600 dark:text-stone-400">{entry.text}</span>
                </Link>
              ) : entry.kind === "follow" ? (
                <Link
                  href={`/a/${entry.note.id}`}
                  className="block space-y-1 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60"
                >
                  <span className="block">
                    <strong>{entry.actorName}</strong> {followEventVerb(entry.event)} on{" "}
                    {filingTitle(entry.note.filing)}: {shortQuote(entry.note.exact)} · {day(entry.createdAt)}
                  </span>
                  {entry.text && (
                    <span className="line-clamp-2 block text-stone-600 dark:text-stone-400">
                      {entry.text}
                    </span>
                  )}
                </Link>
              ) : (
                <Link
                  href={`/filings/${entry.filing.slug}`}
                  className="block px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60"
                >
                  <strong>{entry.filing.company}</strong> filed a {entry.filing.form}
                  {entry.filing.fiscalYear ? ` for fiscal ${entry.filing.fiscalYear}` : ""}
                  {entry.filing.filingDate ? ` on ${formatIsoDate(entry.filing.filingDate)}` : ""}
                  <span className="block text-stone-600 dark:text-stone-400">
                    Imported for the companies you watch · {day(entry.createdAt)}
                  </span>
                  {entry.details.map((detail) => (
                    <span key={detail} className="block text-amber-900 dark:text-amber-200">
                      {detail}
                    </span>
                  ))}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {watching.length > 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          You watch{" "}
          {watching.map((watch, index) => (
            <span key={watch.cik}>
              {index > 0 && (index === watching.length - 1 ? " and " : ", ")}
              <Link href={`/companies/${bareCik(watch.cik)}`} className="underline">
                {watch.company}
              </Link>
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}
