import { replyAnnotationSchema, replyParent } from "@/lib/api/replies";
import { annotationApiId, replyApiId, userUrl } from "@/lib/export/urls";
import { annotationJson } from "@/server/api/annotations";
import { apiRoute, readJsonBody, requireCaller } from "@/server/api/handler";
import { AppError } from "@/server/errors";
import { findNote } from "@/server/notes/find-note";
import { replyToNote } from "@/server/notes/reply-to-note";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/annotations/{id}/replies: replies in an annotation's thread — a Web
 * Annotation with motivation "replying" targeting the annotation or one of its replies.
 * The same reply as the reader's (replyToNote): whoever may see the annotation may reply, and
 * @mentions of people who may see it are recorded for them. 201 with the reply.
 */
export const POST = apiRoute<{ id: string }>(async (context, { id }) => {
  const caller = requireCaller(context);
  const annotation = await findNote({ viewer: caller.viewer, annotationId: id });
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
