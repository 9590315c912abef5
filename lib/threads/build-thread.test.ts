import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildThread, countReplies, type ThreadComment, type ThreadNode } from "./build-thread";

interface Comment extends ThreadComment {
  body?: string;
}

function c(id: string, parentId: string | null, minute: number, deleted = false): Comment {
  return {
    id,
    parentId,
    createdAt: new Date(Date.UTC(2025, 0, 15, 9, minute)),
    ...(deleted ? { deletedAt: new Date(Date.UTC(2025, 0, 16)) } : {}),
  };
}

/** The tree as nested [id, children] arrays, easy to compare. */
type Shape = [string, Shape[]] | [string, Shape[], "detached"];
function shape(nodes: ThreadNode<Comment>[]): Shape[] {
  return nodes.map((n) =>
    n.detached ? [n.comment.id, shape(n.children), "detached"] : [n.comment.id, shape(n.children)],
  );
}

function allIds(nodes: ThreadNode<Comment>[]): string[] {
  return nodes.flatMap((n) => [n.comment.id, ...allIds(n.children)]);
}

describe("buildThread", () => {
  it("nests replies under their parents, oldest first at every level", () => {
    const comments = [
      c("r2", "a", 5),
      c("b", null, 2),
      c("r1", "a", 3),
      c("a", null, 1),
      c("r1-1", "r1", 4),
      c("b1", "b", 6),
    ];
    expect(shape(buildThread(comments))).toEqual([
      [
        "a",
        [
          ["r1", [["r1-1", []]]],
          ["r2", []],
        ],
      ],
      ["b", [["b1", []]]],
    ]);
  });

  it("accepts ISO strings and breaks ties on id", () => {
    const comments: Comment[] = [
      { id: "z", parentId: null, createdAt: "2025-01-15T09:00:00Z" },
      { id: "y", parentId: null, createdAt: "2025-01-15T09:00:00.000Z" },
      { id: "x", parentId: null, createdAt: "2025-01-14T23:59:59+01:00" },
      { id: "bad", parentId: null, createdAt: "not a date" },
    ];
    expect(buildThread(comments).map((n) => n.comment.id)).toEqual(["x", "y", "z", "bad"]);
  });

  it("attaches replies whose parent is missing at the top level, marked detached", () => {
    const comments = [c("a", null, 1), c("orphan", "gone", 2), c("orphan-reply", "orphan", 3)];
    expect(shape(buildThread(comments))).toEqual([
      ["a", []],
      ["orphan", [["orphan-reply", []]], "detached"],
    ]);
  });

  it("breaks cycles at their oldest comment and loses no comment", () => {
    const comments = [
      c("self", "self", 1),
      c("p", "q", 3),
      c("q", "r", 4),
      c("r", "p", 2),
      c("tail", "q", 5),
    ];
    const roots = buildThread(comments);
    expect(shape(roots)).toEqual([
      ["self", [], "detached"],
      // r is the cycle's oldest: cut there, q replies to r, p and tail reply to q.
      [
        "r",
        [
          [
            "q",
            [
              ["p", []],
              ["tail", []],
            ],
          ],
        ],
        "detached",
      ],
    ]);
    expect(allIds(roots).sort()).toEqual(["p", "q", "r", "self", "tail"]);
  });

  it("keeps the first of two comments with the same id", () => {
    const first = { ...c("a", null, 1), body: "first" };
    const roots = buildThread([first, { ...c("a", null, 2), body: "second" }]);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.comment.body).toBe("first");
  });

  it("keeps deleted comments only as placeholders for live replies", () => {
    const comments = [
      c("a", null, 1, true),
      c("a1", "a", 2),
      c("b", null, 3, true),
      c("b1", "b", 4, true),
      c("d", null, 5),
      c("d1", "d", 6, true),
    ];
    expect(shape(buildThread(comments))).toEqual([
      ["a", [["a1", []]]],
      ["d", []],
    ]);
    expect(allIds(buildThread(comments, { keepDeletedLeaves: true }))).toEqual([
      "a",
      "a1",
      "b",
      "b1",
      "d",
      "d1",
    ]);
  });

  it("handles a reply chain far deeper than the call stack", () => {
    const depth = 50_000;
    const comments = Array.from({ length: depth }, (_, i) =>
      c(`c${i}`, i === 0 ? null : `c${i - 1}`, i % 60),
    );
    const roots = buildThread(comments.reverse());
    expect(roots).toHaveLength(1);
    expect(countReplies(roots[0]!)).toBe(depth - 1);
  });

  it("places every comment exactly once, whatever the parent links", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g"];
    const comment = fc.record({
      id: fc.constantFrom(...ids),
      parentId: fc.option(fc.constantFrom(...ids, "missing"), { nil: null }),
      createdAt: fc.date({ min: new Date(0), max: new Date(1e12), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 12 }), (comments) => {
        const roots = buildThread(comments);
        const distinct = [...new Set(comments.map((x) => x.id))];
        expect(allIds(roots).sort()).toEqual(distinct.sort());
        // Each node under a parent really replies to it; siblings are in order.
        const check = (nodes: ThreadNode<Comment>[], parent: string | null) => {
          for (let i = 0; i < nodes.length; i++) {
            const node = nodes[i]!;
            if (parent !== null) expect(node.comment.parentId).toBe(parent);
            else if (!node.detached) expect(node.comment.parentId).toBeNull();
            const prev = nodes[i - 1];
            if (prev)
              expect(new Date(prev.comment.createdAt).getTime()).toBeLessThanOrEqual(
                new Date(node.comment.createdAt).getTime(),
              );
            check(node.children, node.comment.id);
          }
        };
        check(roots, null);
      }),
    );
  });
});

describe("countReplies", () => {
  it("counts live replies at every depth", () => {
    const roots = buildThread([
      c("a", null, 1),
      c("r1", "a", 2, true),
      c("r1-1", "r1", 3),
      c("r1-2", "r1", 4),
      c("r2", "a", 5),
      c("b", null, 6),
    ]);
    expect(countReplies(roots[0]!)).toBe(3);
    expect(countReplies(roots[1]!)).toBe(0);
  });
});
