import { formatLongDate } from "@/lib/dates";
import { pluralize } from "@/lib/text";

type ShownComment = { id: number; authorName: string; body: string; createdAt: Date };

/** Approved comments. Bodies are plain text shown as text: line breaks kept by CSS, no HTML ever interpreted. */
/** `form` (the comment form) says itself when comments are closed; without one, the list says it. */
type Props = { comments: ShownComment[]; closed: boolean; timeZone: string; form?: React.ReactNode };

/** Links in comments stay plain text: nothing a reader writes becomes markup. */
export function CommentList({ comments, closed, timeZone, form }: Props) {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{pluralize(comments.length, "Comment")}</h2>
      {comments.length > 0 ? (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id} id={`comment-${c.id}`} className="comment">
              <p className="comment__meta">
                <strong>{c.authorName}</strong> ·{" "}
                <time dateTime={c.createdAt.toISOString()}>{formatLongDate(c.createdAt, timeZone)}</time>
              </p>
              <p className="comment__body">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : closed ? null : (
        <p className="empty">No comments yet.</p>
      )}
      {form ?? (closed ? <p className="comments__closed">Comments are closed.</p> : null)}
    </section>
  );
}
