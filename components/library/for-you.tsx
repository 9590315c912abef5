import Link from "next/link";
import type { MentionOfReader } from "@/lib/library/types";
import { MarkMentionsRead } from "./unread-mentions";

/** Comments that @mention the signed-in user, each linking to its note's thread. */
export function ForYou({ mentions }: { mentions: MentionOfReader[] }) {
  return (
    <section aria-labelledby="for-you-title" className="space-y-2">
      <MarkMentionsRead newest={mentions[0]?.createdAt.toISOString() ?? null} />
      <h2 id="for-you-title" className="font-semibold">
        For you
      </h2>
      {mentions.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          When a colleague @mentions you in a thread, it shows here.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {mentions.map((mention) => (
            <li key={mention.id}>
              <Link
                href={`/a/${mention.note.id}`}
                className="block space-y-1 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60"
              >
                <span className="block">
                  <strong>{mention.authorName}</strong> mentioned you{" "}
                  {mention.in === "note" ? "in a note" : "in a reply"} on {mention.note.filing.company}, Form{" "}
                  {mention.note.filing.form}
                  {mention.note.filing.fiscalYear ? ` ${mention.note.filing.fiscalYear}` : ""} ·{" "}
                  <time dateTime={mention.createdAt.toISOString()}>
                    {mention.createdAt.toLocaleDateString("en-US", { dateStyle: "medium" })}
                  </time>
                </span>
                <span className="line-clamp-2 block text-stone-600 dark:text-stone-400">{mention.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
