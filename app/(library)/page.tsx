import type { Metadata } from "next";
import { FilingList } from "@/components/library/filing-list";
import { ImportFiling } from "@/components/library/import-filing";
import Link from "next/link";
import { currentUser, requireReaderAccess } from "@/server/auth";
import { ForYou } from "@/components/library/for-you";
import { getViewer } from "@/server/data/get-viewer";
import { listFilings } from "@/server/data/list-filings";
import { listMentionsForUser } from "@/server/data/list-mentions-for-user";

export const metadata: Metadata = { title: "Library" };
// The library reads the live database on every request; never prerender it at build time.
export const dynamic = "force-dynamic";

export default async function LibraryPage() {
  await requireReaderAccess("/");
  const [filings, user] = await Promise.all([listFilings(), currentUser()]);
  const mentions = user
    ? await listMentionsForUser({ viewer: await getViewer({ userId: user.id }), limit: 10 })
    : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Library</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Filings with their risk factors and figures, ready to read and annotate.
        </p>
      </div>
      {mentions && <ForYou mentions={mentions} />}
      <FilingList filings={filings} />
      {user ? (
        <ImportFiling />
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <Link href="/sign-in" className="font-medium underline">
            Sign in
          </Link>{" "}
          to import a filing of your own.
        </p>
      )}
    </div>
  );
}
