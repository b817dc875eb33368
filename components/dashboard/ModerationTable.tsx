import Link from "next/link";
import { deleteCommentPath } from "@/lib/comments/queue-url";
import type { CommentStatus } from "@/db/schema/comments";
import type { QueuedComment } from "@/db/queries/moderation";
import { formatDateTime } from "@/lib/dates";
import { shortenAtWord } from "@/lib/text";
import { ModerateButton } from "./ModerateButton";
import { statusActionsFor } from "./moderation-actions";

type Props = { comments: QueuedComment[]; status: CommentStatus; page: number; timeZone: string };

/** The queue's rows. Bodies are plain text, shown as text: React escapes them, and CSS keeps the line breaks. */
export function ModerationTable({ comments, status, page, timeZone }: Props) {
  return (
    <table className="data-table data-table--stack moderation-table">
      <caption className="visually-hidden">Comments, newest first</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Ticked</span>
          </th>
          <th scope="col">Comment</th>
          <th scope="col">Article</th>
          <th scope="col">Received</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {comments.map((c) => (
          <tr key={c.id} id={`comment-${c.id}`}>
            <td className="data-table__check">
              <input type="checkbox" name="ids" value={c.id} form="bulk-moderation" id={`tick-${c.id}`} aria-label={`Tick the comment by ${c.authorName}`} />
            </td>
            <td data-label="Comment">
              <p className="moderation-table__who">
                <strong>{c.authorName}</strong> <span className="moderation-table__email">{c.authorEmail}</span>
              </p>
              {c.parentAuthorName !== null ? (
                <p className="moderation-table__reply">
                  In reply to {c.parentAuthorName}: “{shortenAtWord(c.parentBody ?? "", 90)}”
                </p>
              ) : null}
              <p className="moderation-table__body">{c.body}</p>
            </td>
            <td data-label="Article">
              <Link href={`/articles/${c.articleSlug}#comments`}>{c.articleTitle}</Link>
            </td>
            <td data-label="Received">
              <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, timeZone)}</time>
            </td>
            <td data-label="Actions">
              <div className="row-actions">
                {statusActionsFor(status).map(({ action, label }) => (
                  <ModerateButton key={action} commentId={c.id} action={action} label={label} returnTo={status} page={page} who={c.authorName} />
                ))}
                <Link href={deleteCommentPath(c.id, status, page)} className="button button--small button--danger">
                  Delete<span className="visually-hidden"> the comment by {c.authorName}</span>
                </Link>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
