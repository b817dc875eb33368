import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { BulkModerationForm } from "@/components/dashboard/BulkModerationForm";
import { ModerationTable } from "@/components/dashboard/ModerationTable";
import { ModerationTabs } from "@/components/dashboard/ModerationTabs";
import { Pagination } from "@/components/site/Pagination";
import { countCommentsByStatus, listModerationQueue } from "@/db/queries/moderation";
import { staffForPage } from "@/lib/auth/page-guard";
import { queueParams } from "@/lib/comments/queue-params";
import { siteConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Comments" };

const perPage = 25;

const emptyText = { pending: "No comments are waiting for moderation.", approved: "No approved comments yet.", spam: "No comments are marked as spam." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentsPage({ searchParams }: Props) {
  const staff = await staffForPage("/dashboard/comments", "admin");
  if (!staff) return <AccessDenied />;
  const { status, page: asked, doneMessage } = queueParams(await searchParams);
  const counts = countCommentsByStatus();
  const pageCount = Math.max(1, Math.ceil(counts[status] / perPage));
  // After the last comment of the last page left it, show the page before.
  const page = Math.min(asked, pageCount);
  const comments = listModerationQueue(status, perPage, (page - 1) * perPage);

  return (
    <div className="admin-page">
      <h1>Comments</h1>
      <ModerationTabs current={status} counts={counts} />
      {doneMessage ? (
        <p className="form__success" role="status">
          {doneMessage}
        </p>
      ) : null}
      {comments.length === 0 ? (
        <p className="empty">{emptyText[status]}</p>
      ) : (
        <>
          {/* A new form after each moderation, so an error it showed before does not stay beside the new message. */}
          <BulkModerationForm key={`${status} ${doneMessage}`} status={status} page={page} />
          <ModerationTable comments={comments} status={status} page={page} timeZone={siteConfig().timeZone} />
          <Pagination basePath="/dashboard/comments" page={page} pageCount={pageCount} params={{ status }} />
        </>
      )}
    </div>
  );
}
