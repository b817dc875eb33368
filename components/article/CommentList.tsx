import { formatLongDate } from "@/lib/dates";
import { maxReplyDepth, type Threaded } from "@/lib/comments/thread";
import { pluralize } from "@/lib/text";

export type ShownComment = { id: number; parentId: number | null; authorName: string; body: string; createdAt: Date };

/** `form` (the comment form) says itself when comments are closed; without one, the list says it. */
type Props = { threads: Threaded<ShownComment>[]; count: number; closed: boolean; timeZone: string; form?: React.ReactNode };

/**
 * Approved comments, replies under the comments they answer. Bodies are plain text shown as text: line breaks kept by
 * CSS, links left as text, no HTML ever interpreted. "Reply" is a link that opens the form as a reply (the article's
 * script does it in place); it follows no one, so crawlers leave those addresses alone.
 */
export function CommentList({ threads, count, closed, timeZone, form }: Props) {
  // Replies go through the form: none where there is no form to send them with (the staff preview) or it is closed.
  const takesReplies = form !== undefined && !closed;
  const list = (comments: Threaded<ShownComment>[], className: string) => (
    <ol className={className}>
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="comment">
          <p className="comment__meta">
            <strong>{c.authorName}</strong> ·{" "}
            {/* The comment's own address, to share or come back to, as WordPress links a comment's date. */}
            <a href={`#comment-${c.id}`} className="comment__link">
              <time dateTime={c.createdAt.toISOString()}>{formatLongDate(c.createdAt, timeZone)}</time>
            </a>
          </p>
          <p className="comment__body">{c.body}</p>
          {takesReplies && c.depth < maxReplyDepth ? (
            <a className="comment__reply" href={`?replyto=${c.id}#comment-form`} rel="nofollow" data-reply-to={c.id} data-reply-name={c.authorName}>
              Reply<span className="visually-hidden"> to {c.authorName}</span>
            </a>
          ) : null}
          {c.replies.length > 0 ? list(c.replies, "comment-replies") : null}
        </li>
      ))}
    </ol>
  );
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{pluralize(count, "Comment")}</h2>
      {threads.length > 0 ? list(threads, "comment-list") : closed ? null : <p className="empty">No comments yet.</p>}
      {form ?? (closed ? <p className="comments__closed">Comments are closed.</p> : null)}
    </section>
  );
}
