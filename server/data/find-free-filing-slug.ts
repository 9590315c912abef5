import "server-only";
import { db } from "../db";

/** The slug itself when free, else the first free "slug-2", "slug-3", … */
export async function findFreeFilingSlug(options: { slug: string }): Promise<string> {
  const taken = new Set(
    (
      await db().filing.findMany({
        where: { slug: { startsWith: options.slug } },
        select: { slug: true },
      })
    ).map((filing) => filing.slug),
  );
  if (!taken.has(options.slug)) return options.slug;
  for (let n = 2; ; n++) if (!taken.has(`${options.slug}-${n}`)) return `${options.slug}-${n}`;
}
