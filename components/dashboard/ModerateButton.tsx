import { moderateComment } from "@/app/dashboard/comments/actions";
import type { CommentStatus } from "@/db/schema/comments";
import { ActionForm } from "./ActionForm";

type Props = { commentId: number; action: "approve" | "spam"; returnTo: CommentStatus; page: number; who: string };

const labels = { approve: "Approve", spam: "Mark as spam" };

/** A row's Approve or Mark as spam button; the action comes back to this tab and page. */
export function ModerateButton({ commentId, action, returnTo, page, who }: Props) {
  return (
    <ActionForm action={moderateComment}>
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="page" value={page} />
      <button type="submit" className="button button--small">
        {labels[action]}
        <span className="visually-hidden"> the comment by {who}</span>
      </button>
    </ActionForm>
  );
}
