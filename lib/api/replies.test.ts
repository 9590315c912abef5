import { describe, expect, it } from "vitest";
import { replyAnnotationSchema, replyParent } from "./replies";

const annotation = "http://localhost:3000/api/v1/annotations/0f0e4a52-8b7e-4bd0-9d8c-5c2a3a7b9e11";

describe("replyAnnotationSchema", () => {
  it("reads a TextualBody or a bodyValue reply", () => {
    expect(
      replyAnnotationSchema.parse({
        type: "Annotation",
        motivation: "replying",
        target: annotation,
        body: { type: "TextualBody", value: " Agreed \u0000" },
      }),
    ).toEqual({ target: annotation, text: "Agreed" });
    expect(
      replyAnnotationSchema.parse({
        type: "Annotation",
        motivation: "replying",
        target: { id: annotation },
        bodyValue: "ok",
      }),
    ).toEqual({ target: annotation, text: "ok" });
  });

  it("refuses replies without text, with two texts, overlong, or not replying", () => {
    const base = { type: "Annotation", motivation: "replying", target: annotation };
    expect(replyAnnotationSchema.safeParse({ ...base, bodyValue: "   " }).success).toBe(false);
    expect(replyAnnotationSchema.safeParse({ ...base, bodyValue: "a", body: { value: "b" } }).success).toBe(
      false,
    );
    expect(replyAnnotationSchema.safeParse({ ...base, bodyValue: "x".repeat(10_001) }).success).toBe(false);
    expect(
      replyAnnotationSchema.safeParse({ ...base, motivation: "commenting", bodyValue: "a" }).success,
    ).toBe(false);
    expect(replyAnnotationSchema.safeParse({ ...base, target: "not a url", bodyValue: "a" }).success).toBe(
      false,
    );
  });
});

describe("replyParent", () => {
  it("tells a top-level reply from a reply to a reply, and refuses other targets", () => {
    expect(replyParent(annotation, annotation)).toEqual({ kind: "annotation" });
    const reply = "6b1f0d0e-2f7a-4f43-9b5e-0d2c7f1e8a90";
    expect(replyParent(`${annotation}/replies/${reply}`, annotation)).toEqual({
      kind: "reply",
      commentId: reply,
    });
    expect(replyParent(`${annotation}/replies/x`, annotation)).toBeNull();
    expect(replyParent("http://elsewhere/api/v1/annotations/1", annotation)).toBeNull();
  });
});
