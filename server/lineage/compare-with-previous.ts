import "server-only";
import { findPreviousFiling } from "@/server/data/find-previous-filing";
import { compareFilings } from "./compare-filings";

/** A filing compared with the library's previous report of its company; null when there is none. */
export async function compareWithPrevious(options: { slug: string }) {
  const previous = await findPreviousFiling({ slug: options.slug });
  return previous ? compareFilings({ slug: options.slug, other: previous.slug }) : null;
}
