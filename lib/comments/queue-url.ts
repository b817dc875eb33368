import type { CommentStatus } from "@/db/schema/comments";
import type { ModerationAction } from "@/lib/validation/moderation";

/** What a bulk moderation did, carried in the queue's address for its message. */
export type ModerationCounts = { changed: number; unchanged: number; missing: number };

/**
 * The moderation queue's address for a tab and page, with what was just done (shown once as a message): the action
 * alone for one comment's button, with its counts for the bulk form. Every moderation ends on such an address, so
 * the message shown is always the last action's.
 */
export function queueUrl(status: CommentStatus, page = 1, done?: ModerationAction, counts?: ModerationCounts): string {
  const query = new URLSearchParams({ status });
  if (page > 1) query.set("page", String(page));
  if (done) query.set("done", done);
  if (done && counts) {
    query.set("n", String(counts.changed));
    if (counts.unchanged > 0) query.set("same", String(counts.unchanged));
    if (counts.missing > 0) query.set("gone", String(counts.missing));
  }
  return `/dashboard/comments?${query}`;
}

/** The confirmation page for deleting one comment, which returns to this tab and page. */
export function deleteCommentPath(id: number, returnTo: CommentStatus, page: number): string {
  const query = new URLSearchParams({ from: returnTo });
  if (page > 1) query.set("page", String(page));
  return `/dashboard/comments/${id}/delete?${query}`;
}
