import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { ActionForm } from "@/components/dashboard/ActionForm";
import { findCommentForModeration } from "@/db/queries/moderation";
import { staffForPage } from "@/lib/auth/page-guard";
import { queueParams } from "@/lib/comments/queue-params";
import { queueUrl } from "@/lib/comments/queue-url";
import { siteConfig } from "@/lib/config";
import { formatDateTime } from "@/lib/dates";
import { deleteComment } from "../../actions";

export const metadata: Metadata = { title: "Delete a comment" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The second step of deleting one comment: a page of its own, so the confirmation needs no JavaScript. */
export default async function DeleteCommentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await staffForPage(`/dashboard/comments/${id}/delete`, "admin");
  if (!staff) return <AccessDenied />;
  const comment = /^\d{1,15}$/.test(id) ? findCommentForModeration(Number(id)) : undefined;
  if (!comment) notFound();
  const query = await searchParams;
  const { status: from, page } = queueParams({ status: query.from, page: query.page });
  const back = queueUrl(from, page);

  return (
    <div className="admin-page confirm-page">
      <h1>Delete this comment?</h1>
      <p>Deleting cannot be undone. To keep the comment from readers but on record, mark it as spam instead.</p>
      <blockquote className="confirm-page__comment">
        <p className="moderation-table__who">
          <strong>{comment.authorName}</strong> <span className="moderation-table__email">{comment.authorEmail}</span> on “{comment.articleTitle}”,{" "}
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, siteConfig().timeZone)}</time>
        </p>
        <p className="moderation-table__body">{comment.body}</p>
      </blockquote>
      <ActionForm action={deleteComment} className="confirm-page__actions">
        <input type="hidden" name="commentId" value={comment.id} />
        <input type="hidden" name="returnTo" value={from} />
        <input type="hidden" name="page" value={page} />
        <button type="submit" className="button button--danger">
          Delete this comment
        </button>
        <Link href={back} className="button button--quiet">
          Cancel
        </Link>
      </ActionForm>
    </div>
  );
}
