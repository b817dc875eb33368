import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { writeTransaction, type Tx } from "@/db/client";
import { articles, comments } from "@/db/schema";
import { commentsOpen } from "@/lib/comments/open";
import { countLinks, maxLinksBeforeModeration, rateLimit } from "@/lib/comments/spam";
import { maxReplyDepth } from "@/lib/comments/thread";
import type { CommentInput } from "@/lib/validation/comment";
import { getCommentSettings } from "./settings";
import { visibleToReaders } from "./visibility";
import { pagesChanged } from "./page-version";

export type PostOutcome =
  | { ok: true; status: "approved" | "pending"; articleSlug: string; commentId: number }
  | { ok: false; reason: "unknown-article" | "closed" | "rate-limited" | "unknown-parent" };

/**
 * Whether readers can reply to the comment on this article: it is shown to them, and above the deepest level of its
 * thread as lib/comments/thread.ts lays it out (a comment whose parent is not shown starts a thread of its own).
 */
function takesReplies(tx: Tx, articleId: number, commentId: number): boolean {
  let depth = 0;
  let next: number | null = commentId;
  while (next !== null) {
    const found = tx.select({ articleId: comments.articleId, status: comments.status, parentId: comments.parentId }).from(comments).where(eq(comments.id, next)).get();
    const shown = found !== undefined && found.articleId === articleId && found.status === "approved";
    if (depth === 0 && !shown) return false;
    if (!shown) break;
    depth++;
    if (depth >= maxReplyDepth) return false;
    next = found.parentId;
  }
  return true;
}

/**
 * Stores a reader's comment, or refuses it without storing anything. A commenter whose email already has an
 * approved comment is published at once (WordPress's rule); a first comment, or one with many links, waits.
 */
export function postComment(input: CommentInput, ipHash: string, now: Date): PostOutcome {
  return writeTransaction(
    (tx): PostOutcome => {
      const article = tx
        .select({ id: articles.id, slug: articles.slug, commentsClosed: articles.commentsClosed, publishedAt: articles.publishedAt })
        .from(articles)
        .where(and(eq(articles.id, input.articleId), visibleToReaders(now)))
        .get();
      if (!article) return { ok: false, reason: "unknown-article" };
      if (!commentsOpen({ commentsClosed: article.commentsClosed, publishedAt: article.publishedAt! }, getCommentSettings(tx), now)) {
        return { ok: false, reason: "closed" };
      }
      if (input.parentId !== undefined && !takesReplies(tx, article.id, input.parentId)) return { ok: false, reason: "unknown-parent" };
      const recent = tx
        .select({ n: count() })
        .from(comments)
        .where(and(eq(comments.ipHash, ipHash), gt(comments.createdAt, new Date(now.getTime() - rateLimit.windowMs))))
        .get()!.n;
      if (recent >= rateLimit.comments) return { ok: false, reason: "rate-limited" };
      const known = tx
        .select({ id: comments.id })
        .from(comments)
        .where(and(eq(comments.authorEmail, input.email), eq(comments.status, "approved")))
        .limit(1)
        .get();
      const status = known && countLinks(input.body) <= maxLinksBeforeModeration ? "approved" : "pending";
      const { id } = tx
        .insert(comments)
        .values({ articleId: article.id, parentId: input.parentId ?? null, authorName: input.name, authorEmail: input.email, body: input.body, status, ipHash, createdAt: now })
        .returning({ id: comments.id })
        .get();
      // A comment published at once is on the article page and changes its counts; one held for moderation is not.
      if (status === "approved") pagesChanged(tx, [article.slug]);
      return { ok: true, status, articleSlug: article.slug, commentId: id };
    },
  );
}
