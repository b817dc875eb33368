import { describe, expect, it } from "vitest";
import { replyableNames, threadComments } from "./thread";

const c = (id: number, parentId: number | null = null) => ({ id, parentId });
const shape = (nodes: ReturnType<typeof threadComments<{ id: number; parentId: number | null }>>): unknown =>
  nodes.map((n) => (n.replies.length ? [n.id, n.depth, shape(n.replies)] : [n.id, n.depth]));

describe("comment threads", () => {
  it("puts replies under the comments they answer, each list in the order given", () => {
    expect(shape(threadComments([c(1), c(2), c(3, 1), c(4, 3), c(5, 1), c(6)]))).toEqual([
      [1, 1, [[3, 2, [[4, 3]]], [5, 2]]],
      [2, 1],
      [6, 1],
    ]);
  });

  it("stands a reply on its own when its comment is not shown", () => {
    expect(shape(threadComments([c(2), c(3, 1), c(4, 3)]))).toEqual([[2, 1], [3, 1, [[4, 2]]]]);
  });

  it("shows replies past the third level on the third, each after the comment it answers", () => {
    expect(shape(threadComments([c(1), c(2, 1), c(3, 2), c(4, 3), c(5, 4), c(6, 3), c(7, 2)]))).toEqual([[1, 1, [[2, 2, [[3, 3], [4, 3], [5, 3], [6, 3], [7, 3]]]]]]);
  });

  it("keeps the fields it was given", () => {
    expect(threadComments([{ id: 1, parentId: null, authorName: "Ines" }])[0]).toMatchObject({ authorName: "Ines", depth: 1, replies: [] });
  });

  it("cannot loop on a comment that names itself", () => {
    expect(shape(threadComments([c(1, 1)]))).toEqual([[1, 1]]);
  });

  it("names the comments a reply may answer: those above the last level", () => {
    const named = (id: number, parentId: number | null = null) => ({ id, parentId, authorName: `Reader ${id}` });
    expect(replyableNames(threadComments([named(1), named(2, 1), named(3, 2), named(4)]))).toEqual({ 1: "Reader 1", 2: "Reader 2", 4: "Reader 4" });
  });
});
