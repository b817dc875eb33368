import "server-only";
import { count, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, writeTransaction } from "@/db/client";
import { articles, comments, commentStatuses, type CommentStatus } from "@/db/schema";
import type { ModerationAction } from "@/lib/validation/moderation";
import { writeAudit, type AuditEntry } from "./audit";
import { pagesChanged } from "./page-version";

/** How many comments each tab of the queue holds. */
export function countCommentsByStatus(): Record<CommentStatus, number> {
  const rows = getDb().select({ status: comments.status, n: count() }).from(comments).groupBy(comments.status).all();
  const counts = Object.fromEntries(commentStatuses.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

// The comment a reply answers, so that a moderator reads the reply in its context.
const parent = alias(comments, "parent");

const queueColumns = {
  id: comments.id,
  parentAuthorName: parent.authorName,
  parentBody: parent.body,
  authorName: comments.authorName,
  authorEmail: comments.authorEmail,
  body: comments.body,
  status: comments.status,
  createdAt: comments.createdAt,
  articleId: articles.id,
  articleTitle: articles.title,
  articleSlug: articles.slug,
};

/** Comments as the queue shows them: with their article, and the comment a reply answers. */
const queued = () => getDb().select(queueColumns).from(comments).innerJoin(articles, eq(articles.id, comments.articleId)).leftJoin(parent, eq(parent.id, comments.parentId));

/** One tab of the moderation queue, newest first. Moderators see the commenter's email; readers never do. */
export function listModerationQueue(status: CommentStatus, limit: number, offset: number) {
  return queued()
    .where(eq(comments.status, status))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export type QueuedComment = ReturnType<typeof listModerationQueue>[number];

export function findCommentForModeration(id: number): QueuedComment | undefined {
  return queued().where(eq(comments.id, id)).get();
}

const newStatus = { approve: "approved", pending: "pending", spam: "spam" } as const;

export type ModerationResult = { changed: number; missing: number; unchanged: number };

/**
 * Approves, sends back to pending, marks as spam or deletes the comments, in one transaction with one audit row per comment changed.
 * A comment already in the asked-for state is left alone and not audited; one deleted meanwhile is counted as missing.
 */
export function moderateComments(ids: number[], action: ModerationAction, actor: AuditEntry["actor"]): ModerationResult {
  return writeTransaction((tx): ModerationResult => {
    const found = tx.select({ id: comments.id, articleId: comments.articleId, status: comments.status }).from(comments).where(inArray(comments.id, ids)).all();
    let changed = 0;
    const changedArticles = new Set<number>();
    for (const comment of found) {
      if (action === "delete") {
        tx.delete(comments).where(eq(comments.id, comment.id)).run();
      } else {
        if (comment.status === newStatus[action]) continue;
        tx.update(comments).set({ status: newStatus[action] }).where(eq(comments.id, comment.id)).run();
      }
      writeAudit(tx, { actor, action: `comment.${action}`, entityType: "comment", entityId: comment.id, details: `article #${comment.articleId}` });
      changedArticles.add(comment.articleId);
      changed++;
    }
    if (changed > 0) {
      const slugs = tx.select({ slug: articles.slug }).from(articles).where(inArray(articles.id, [...changedArticles])).all();
      pagesChanged(tx, slugs.map((a) => a.slug));
    }
    return { changed, missing: ids.length - found.length, unchanged: found.length - changed };
  });
}
