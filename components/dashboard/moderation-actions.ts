import type { CommentStatus } from "@/db/schema/comments";
import type { StatusAction } from "@/lib/validation/moderation";

const offered: Record<CommentStatus, { action: StatusAction; label: string }[]> = {
  pending: [
    { action: "approve", label: "Approve" },
    { action: "spam", label: "Mark as spam" },
  ],
  // As in WordPress: an approved comment can be taken back to the queue, and a spam one rescued to it.
  approved: [
    { action: "pending", label: "Unapprove" },
    { action: "spam", label: "Mark as spam" },
  ],
  spam: [
    { action: "approve", label: "Approve" },
    { action: "pending", label: "Not spam" },
  ],
};

/** The moves a queue tab offers for its comments, with what their buttons and options say there. */
export function statusActionsFor(status: CommentStatus) {
  return offered[status];
}
