/**
 * Block ids: stable across re-analysis of the same text, URL-safe, unique per filing.
 * Section headings "sec-<label>", risk titles "risk-<ordinal>-<first five words>", other
 * blocks "p-<ordinal of the block in the filing>"; a repeated id gets "-2", "-3"…
 */

/** Lowercase ASCII slug: accents folded, anything else between words becomes "-". */
function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Slug of the first five words of a title. */
function firstWordsSlug(title: string, words = 5): string {
  const kept: string[] = [];
  for (const word of title.split(/\s+/)) {
    const slug = slugify(word);
    if (slug !== "") kept.push(slug);
    if (kept.length === words) break;
  }
  return kept.join("-");
}

/** Hands out ids, adding a numeric suffix when one is taken. */
export class BlockIdAllocator {
  private readonly used = new Set<string>();

  /** Reserves `base` or, if taken, `base-2`, `base-3`… */
  allocate(base: string): string {
    const clean = base.replace(/-+$/g, "") || "block";
    let id = clean;
    for (let n = 2; this.used.has(id); n++) id = `${clean}-${n}`;
    this.used.add(id);
    return id;
  }

  /** Id of a section heading: "sec-d", "sec-1a"; an unlabeled one uses its title. */
  section(label: string, title: string): string {
    return this.allocate(`sec-${slugify(label) || slugify(title) || "section"}`);
  }

  /** Id of the n-th risk-factor title (1-based). */
  risk(ordinal: number, title: string): string {
    const words = firstWordsSlug(title);
    return this.allocate(words ? `risk-${ordinal}-${words}` : `risk-${ordinal}`);
  }

  /** Id of any other block, by its 1-based position among all blocks. */
  block(ordinal: number): string {
    return this.allocate(`p-${ordinal}`);
  }
}
