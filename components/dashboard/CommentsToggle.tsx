import { toggleArticleComments } from "@/app/dashboard/comments-actions";
import { ActionForm } from "./ActionForm";

type Props = { articleId: number; commentsClosed: boolean; articleTitle: string };

/**
 * Admins only: closes or opens comments on one article. The button says what it will do, and the form sends that
 * state, so a second click or a stale page never undoes the first. Render it only for admins; the action checks again.
 */
export function CommentsToggle({ articleId, commentsClosed, articleTitle }: Props) {
  const close = !commentsClosed;
  return (
    <ActionForm action={toggleArticleComments} className="comments-toggle">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="closed" value={String(close)} />
      <button type="submit" className="button button--small">
        {close ? "Close comments" : "Open comments"}
        <span className="visually-hidden"> on “{articleTitle}”</span>
      </button>
    </ActionForm>
  );
}
