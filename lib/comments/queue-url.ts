import type { CommentStatus } from "@/db/schema/comments";
import type { ModerationAction } from "@/lib/validation/moderation";

/** The moderation queue's address for a tab and page, with what was just done (shown once as a message). */
export function queueUrl(status: CommentStatus, page = 1, done?: ModerationAction): string {
  const query = new URLSearchParams({ status });
  if (page > 1) query.set("page", String(page));
  if (done) query.set("done", done);
  return `/dashboard/comments?${query}`;
}

/** The confirmation page for deleting one comment, which returns to this tab and page. */
export function deleteCommentPath(id: number, returnTo: CommentStatus, page: number): string {
  const query = new URLSearchParams({ from: returnTo });
  if (page > 1) query.set("page", String(page));
  return `/dashboard/comments/${id}/delete?${query}`;
}
