import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";
import { ANNOTATION_LABEL_NAMES } from "./labels";

/** How many notes one person may have on one filing (what a colleague's reader page carries). */
export const MAX_NOTES_PER_FILING = 5_000;
/** What a person at MAX_NOTES_PER_FILING is told. */
export const TOO_MANY_NOTES = `You have ${MAX_NOTES_PER_FILING.toLocaleString("en-US")} notes on this filing, the most one person may have. Delete some first.`;

export const MAX_NOTE_LENGTH = 10_000;

const note = z
  .string()
  .max(MAX_NOTE_LENGTH, `Keep notes under ${MAX_NOTE_LENGTH.toLocaleString("en-US")} characters.`)
  .transform(storableText);

/** A note's tags: storable text, trimmed, each under 40 characters, at most 10. */
const tags = z
  .array(z.string().overwrite(storableText).trim().min(1).max(40, "Keep tags under 40 characters."))
  .max(10, "Use at most 10 tags.")
  .default([]);

/** A new annotation on a range of a filing's canonical text. */
export const createAnnotationSchema = z
  .object({
    filingSlug: z.string().trim().min(1).max(200),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    label: z.enum(ANNOTATION_LABEL_NAMES, { message: "Choose a label." }),
    note: note.default(""),
    tags,
    /** "private", or the id of one of the author's workspaces. */
    visibility: z.union([z.literal("private"), z.uuid()]).default("private"),
  })
  .refine((value) => value.end > value.start, { message: "Select some text to annotate.", path: ["start"] })
  .refine((value) => value.end - value.start <= 20_000, {
    message: "Select at most 20,000 characters.",
    path: ["start"],
  });

/** A reply in an annotation's thread. */
export const createCommentSchema = z.object({
  annotationId: z.uuid("Unknown annotation."),
  parentId: z.uuid().nullable().default(null),
  body: note.pipe(z.string().trim().min(1, "Write a reply first.")),
});

/** An author's edit of their note, made from the version they saw. */
export const editAnnotationSchema = z.object({
  id: z.uuid("Unknown annotation."),
  version: z.number().int().min(1),
  label: z.enum(ANNOTATION_LABEL_NAMES, { message: "Choose a label." }),
  note: note.default(""),
  tags,
});

/** A note named by its id (delete it, look it up): anything that is not an id names no note. */
export const annotationIdSchema = z.uuid("That note does not exist or is not available to you.");

/** Resolve or reopen a note. */
export const resolveAnnotationSchema = z.object({ id: annotationIdSchema, resolved: z.boolean() });

/** An edit (new text) or deletion (null) of one's reply, made from the version one saw. */
export const changeCommentSchema = z.object({
  annotationId: annotationIdSchema,
  commentId: z.uuid("That reply does not exist."),
  version: z.number().int().min(1),
  body: z
    .string()
    .transform((value) => storableText(value).trim())
    .pipe(z.string().min(1, "Write something, or delete the reply.").max(MAX_NOTE_LENGTH))
    .nullable(),
});
