import { describe, expect, it } from "vitest";
import type { Viewer } from "./annotation-access";
import { assessFilingDeletion, mayDeleteFiling } from "./filing-access";

const viewer = (id: string, workspaces: [string, "owner" | "member"][] = []): Viewer => ({
  id,
  workspaces: new Map(workspaces),
});

describe("deleting a filing", () => {
  it("its importer may, taking their own notes with it", () => {
    const assessment = assessFilingDeletion(viewer("ann"), { importedById: "ann" }, [
      { authorId: "ann", workspaceId: null, count: 3 },
    ]);
    expect(assessment).toEqual({ allowed: true, yours: 3, inOwnedWorkspaces: [], others: 0 });
    expect(mayDeleteFiling(assessment)).toBe(true);
  });

  it("is refused while someone else's private note is on it, even for the importer", () => {
    const assessment = assessFilingDeletion(viewer("ann"), { importedById: "ann" }, [
      { authorId: "ann", workspaceId: null, count: 1 },
      { authorId: "bob", workspaceId: null, count: 2 },
    ]);
    expect(assessment.others).toBe(2);
    expect(mayDeleteFiling(assessment)).toBe(false);
  });

  it("an owner of a workspace with notes on it may, taking that workspace's notes", () => {
    const owner = viewer("olga", [["desk", "owner"]]);
    const assessment = assessFilingDeletion(owner, { importedById: "someone" }, [
      { authorId: "bob", workspaceId: "desk", count: 4 },
    ]);
    expect(assessment).toEqual({
      allowed: true,
      yours: 0,
      inOwnedWorkspaces: [{ workspaceId: "desk", count: 4 }],
      others: 0,
    });
    expect(mayDeleteFiling(assessment)).toBe(true);
  });

  it("a member (not owner), a stranger and a signed-out visitor may not", () => {
    const notes = [{ authorId: "bob", workspaceId: "desk", count: 1 }];
    expect(
      assessFilingDeletion(viewer("mia", [["desk", "member"]]), { importedById: "ann" }, notes).allowed,
    ).toBe(false);
    expect(assessFilingDeletion(viewer("zed"), { importedById: "ann" }, notes).allowed).toBe(false);
    expect(assessFilingDeletion(null, { importedById: null }, notes).allowed).toBe(false);
  });

  it("nobody may delete the shipped sample through importing it (it has no importer)", () => {
    expect(assessFilingDeletion(viewer("ann"), { importedById: null }, []).allowed).toBe(false);
  });
});
