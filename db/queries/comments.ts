import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";

/** The comments readers see: approved only, oldest first, without the commenter's email. */
export function listApprovedComments(articleId: number) {
  return getDb()
    .select({ id: comments.id, parentId: comments.parentId, authorName: comments.authorName, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, "approved")))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}
