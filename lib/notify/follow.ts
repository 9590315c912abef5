import { z } from "zod";

/** Follow (`follow` "on") or stop following (`follow` "off") a filing, by slug, or a workspace, by id. */
export const followSchema = z.discriminatedUnion("target", [
  z.object({
    target: z.literal("filing"),
    id: z.string().trim().min(1, "Which filing?").max(200, "Which filing?"),
    follow: z.enum(["on", "off"], { message: "Follow or stop following?" }),
  }),
  z.object({
    target: z.literal("workspace"),
    id: z.uuid("Which workspace?"),
    follow: z.enum(["on", "off"], { message: "Follow or stop following?" }),
  }),
]);

/** What happened on a note in what someone follows (FollowNotice.kind). */
export type FollowEventKind = "note" | "reply" | "resolved";

/** "added a note", "replied", "resolved a thread": what the actor did, in the inbox and emails. */
export function followEventVerb(kind: FollowEventKind): string {
  return kind === "note" ? "added a note" : kind === "reply" ? "replied" : "resolved a thread";
}

/** A passage shortened for one line: “quote…” (whole words, at most `max` characters). */
export function shortQuote(quote: string, max = 80): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}
