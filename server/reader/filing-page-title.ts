import "server-only";
import type { Metadata } from "next";
import { mayReadFilings } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";

/**
 * A filing page's title: "<page> · Company Form" (the reader itself: "Company Form Year"), or
 * "Not found". A private deployment names nothing to a visitor who is not signed in: the page
 * they are redirected from must not carry the company's name in its title.
 */
export async function filingPageTitle(options: { slug: string; page?: string }): Promise<Metadata> {
  if (!(await mayReadFilings())) return { title: "Sign in" };
  const filing = await getFiling({ slug: options.slug });
  if (!filing) return { title: "Not found" };
  return {
    title: options.page
      ? `${options.page} · ${filing.company} ${filing.form}`
      : `${filing.company} ${filing.form} ${filing.fiscalYear ?? ""}`.trim(),
  };
}
