import { describe, expect, it } from "vitest";
import {
  canDeleteAnnotation,
  canEditAnnotation,
  canSeeAnnotation,
  canShareWith,
  type Viewer,
} from "./annotation-access";

const ann: Viewer = { id: "ann", workspaces: new Map([["team", "owner"]]) };
const bob: Viewer = { id: "bob", workspaces: new Map([["team", "member"]]) };
const carol: Viewer = { id: "carol", workspaces: new Map() };

describe("annotation access", () => {
  it("keeps private notes to their author", () => {
    const note = { authorId: "bob", workspaceId: null };
    expect(canSeeAnnotation(bob, note)).toBe(true);
    expect(canSeeAnnotation(ann, note)).toBe(false);
    expect(canSeeAnnotation(null, note)).toBe(false);
  });
  it("shows workspace notes to members only", () => {
    const note = { authorId: "bob", workspaceId: "team" };
    expect(canSeeAnnotation(ann, note)).toBe(true);
    expect(canSeeAnnotation(carol, note)).toBe(false);
  });
  it("lets only authors edit, and authors or workspace owners delete", () => {
    const note = { authorId: "bob", workspaceId: "team" };
    expect(canEditAnnotation(bob, note)).toBe(true);
    expect(canEditAnnotation(ann, note)).toBe(false);
    expect(canDeleteAnnotation(ann, note)).toBe(true);
    expect(canDeleteAnnotation(carol, note)).toBe(false);
    expect(canDeleteAnnotation(bob, { authorId: "ann", workspaceId: "team" })).toBe(false);
  });
  it("shares only with the viewer's own workspaces", () => {
    expect(canShareWith(bob, "team")).toBe(true);
    expect(canShareWith(carol, "team")).toBe(false);
  });
});
