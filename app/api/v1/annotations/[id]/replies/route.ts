import { replyAnnotationSchema, replyParent } from "@/lib/api/replies";
import { annotationApiId, replyApiId, userUrl } from "@/lib/export/urls";
import { annotationJson, findVisibleAnnotation } from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller } from "@/server/api/handler";
import { getComment } from "@/server/data/get-comment";
import { AppError } from "@/server/errors";
import { replyToNote } from "@/server/notes/reply-to-note";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/annotations/{id}/replies: replies in an annotation's thread — a Web
 * Annotation with motivation "replying" targeting the annotation or one of its replies.
 * Whoever may see the annotation may reply; @mentions of people who may see it are recorded
 * for them, as for replies made in the reader. 201 with the reply.
 */
export const POST = apiRoute<{ id: string }>(async (context, { id }) => {
  const caller = requireCaller(context);
  const annotation = await findVisibleAnnotation(caller.viewer, id);
  const parsed = replyAnnotationSchema.safeParse(await readJsonBody(context.request, 100_000));
  if (!parsed.success)
    throw new AppError("invalid-input", parsed.error.issues[0]?.message ?? "That is not a reply.", {
      details: parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`,
      ),
    });
  const annotationId = annotationApiId(context.baseUrl, annotation.id);
  const parent = replyParent(parsed.data.target, annotationId);
  if (!parent) throw new AppError("invalid-input", `target must be ${annotationId} or one of its replies.`);
  if (parent.kind === "reply") {
    const comment = await getComment({ id: parent.commentId, annotationId: annotation.id });
    if (!comment || comment.deletedAt)
      throw new AppError("invalid-input", "The reply answered is not in this thread.");
  }
  // The same reply as the reader's: its @mentions are recorded for the people named.
  const created = await replyToNote({
    viewer: caller.viewer,
    annotationId: annotation.id,
    parentId: parent.kind === "reply" ? parent.commentId : null,
    body: parsed.data.text,
  });
  const replyId = replyApiId(context.baseUrl, annotation.id, created.commentId);
  const now = new Date().toISOString();
  return annotationJson(
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: replyId,
      type: "Annotation",
      motivation: "replying",
      created: now,
      modified: now,
      creator: { id: userUrl(context.baseUrl, caller.userId), type: "Person", name: caller.name },
      body: [{ type: "TextualBody", value: parsed.data.text, format: "text/markdown" }],
      target: parsed.data.target,
    },
    { status: 201, headers: { location: replyId } },
  );
});
