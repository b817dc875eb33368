import { moderateComment } from "@/app/dashboard/comments/actions";
import type { CommentStatus } from "@/db/schema/comments";
import type { StatusAction } from "@/lib/validation/moderation";
import { ActionForm } from "./ActionForm";

type Props = { commentId: number; action: StatusAction; label: string; returnTo: CommentStatus; page: number; who: string };

/** A row's button moving the comment to another tab (Approve, Unapprove, Mark as spam, Not spam); it comes back to this tab and page. */
export function ModerateButton({ commentId, action, label, returnTo, page, who }: Props) {
  return (
    <ActionForm action={moderateComment}>
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="page" value={page} />
      <button type="submit" className="button button--small">
        {label}
        <span className="visually-hidden"> the comment by {who}</span>
      </button>
    </ActionForm>
  );
}
