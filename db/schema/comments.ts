import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";

export const commentStatuses = ["pending", "approved", "spam"] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // The comment this one replies to. Deleting that one leaves the replies standing on their own.
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    // Kept for moderation and never shown to readers.
    authorEmail: text("author_email").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: commentStatuses }).notNull().default("pending"),
    // A keyed hash of the poster's IP address, for the rate limit; the address itself is never stored.
    ipHash: text("ip_hash"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    index("comments_article_status_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_idx").on(t.status, t.createdAt),
    index("comments_ip_idx").on(t.ipHash, t.createdAt),
    index("comments_email_idx").on(t.authorEmail, t.status),
    index("comments_parent_idx").on(t.parentId),
  ],
);

export type Comment = typeof comments.$inferSelect;
