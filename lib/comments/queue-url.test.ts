import { describe, expect, it } from "vitest";
import { queueParams } from "./queue-params";
import { queueUrl } from "./queue-url";

const paramsOf = (url: string) => Object.fromEntries(new URL(url, "http://localhost").searchParams);

describe("the moderation queue's address and its message", () => {
  it("says what one comment's button did, without counts", () => {
    expect(queueParams(paramsOf(queueUrl("approved", 1, "pending"))).doneMessage).toBe("Comment moved back to Pending.");
    expect(queueParams(paramsOf(queueUrl("spam", 3, "delete")))).toEqual({ status: "spam", page: 3, doneMessage: "Comment deleted." });
  });

  it("says what the bulk form did, with what it could not do", () => {
    const url = queueUrl("pending", 2, "approve", { changed: 2, unchanged: 1, missing: 1 });
    expect(url).toBe("/dashboard/comments?status=pending&page=2&done=approve&n=2&same=1&gone=1");
    expect(queueParams(paramsOf(url)).doneMessage).toBe("Approved 2 comments. 1 comment was already approved. 1 comment no longer exists: someone deleted it meanwhile.");
  });

  it("shows no message, or the plain one, for an address typed by hand with nonsense in it", () => {
    expect(queueParams({ status: "pending" }).doneMessage).toBeNull();
    expect(queueParams({ status: "pending", done: "explode" }).doneMessage).toBeNull();
    expect(queueParams({ status: "pending", done: "spam", n: "-4" }).doneMessage).toBe("Comment marked as spam.");
    expect(queueParams({ status: "pending", done: "spam", n: "2", same: "lots" }).doneMessage).toBe("Marked as spam: 2 comments.");
  });
});
