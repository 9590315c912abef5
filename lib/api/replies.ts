import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";
import { MAX_NOTE_LENGTH } from "@/lib/annotations/schemas";

const replyText = z
  .string()
  .transform((value) => storableText(value).trim())
  .pipe(
    z
      .string()
      .min(1, "Write a reply first.")
      .max(MAX_NOTE_LENGTH, `Keep replies under ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters.`),
  );

const textualBody = z.object({ type: z.literal("TextualBody").optional(), value: replyText }).passthrough();

/**
 * A reply as the API takes it: a W3C Web Annotation with motivation "replying" whose target is
 * the annotation's id or one of its replies' ids, and whose body is the text (a TextualBody, or
 * bodyValue). The text is Markdown.
 */
export const replyAnnotationSchema = z
  .object({
    type: z.union(
      [z.literal("Annotation"), z.array(z.string()).refine((types) => types.includes("Annotation"))],
      {
        message: 'type must be "Annotation".',
      },
    ),
    motivation: z.literal("replying", { message: 'motivation must be "replying".' }),
    target: z.union([
      z.string().url("target must be the id (a URL) of the annotation or reply answered."),
      z.object({ id: z.string().url() }).passthrough(),
    ]),
    body: z.union([textualBody, z.array(textualBody).length(1, "Send one body.")]).optional(),
    bodyValue: replyText.optional(),
  })
  .passthrough()
  .refine((value) => (value.body === undefined) !== (value.bodyValue === undefined), {
    message: "Send the reply's text as body (a TextualBody) or bodyValue, not both.",
    path: ["body"],
  })
  .transform((value) => ({
    target: typeof value.target === "string" ? value.target : value.target.id,
    text: value.bodyValue ?? (Array.isArray(value.body) ? value.body[0]!.value : value.body!.value),
  }));

/**
 * What a reply's target names, given the annotation's id URL: the annotation itself (a
 * top-level reply), one of its replies, or something else (null).
 */
export function replyParent(
  target: string,
  annotationIdUrl: string,
): { kind: "annotation" } | { kind: "reply"; commentId: string } | null {
  if (target === annotationIdUrl) return { kind: "annotation" };
  const prefix = `${annotationIdUrl}/replies/`;
  if (target.startsWith(prefix)) {
    const commentId = target.slice(prefix.length);
    return z.uuid().safeParse(commentId).success ? { kind: "reply", commentId } : null;
  }
  return null;
}
