/** What the reader's comment form shows after a submission. */
export type CommentFormState =
  | { status: "idle" }
  | { status: "published" | "pending"; message: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

export const initialCommentFormState: CommentFormState = { status: "idle" };

export const commentMessages = {
  published: "Thank you. Your comment is published.",
  pending: "Thank you. Your comment is waiting for moderation and will appear once a moderator approves it.",
  closed: "Comments are closed on this article; your comment was not saved.",
  "rate-limited": "You have posted several comments in the last few minutes. Please wait ten minutes before posting again.",
  "unknown-article": "This article cannot take comments.",
  "unknown-parent": "The comment you replied to can no longer take replies; your comment was not saved. Post it again as a comment of its own.",
} as const;
