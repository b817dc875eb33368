"use server";

import { refresh } from "next/cache";
import { setArticlesCommentsClosed } from "@/db/queries/article-comments";
import { adminAction } from "@/lib/auth/guards";
import { pluralize } from "@/lib/text";
import { bulkArticleCommentsSchema, toggleArticleCommentsSchema } from "@/lib/validation/article-comments";

// Admin-only switches for comments on single articles, for the articles table and the editor (see CommentsToggle).

/** CommentsToggle's button: sets the article's comments to the state the button named. */
export const toggleArticleComments = adminAction(toggleArticleCommentsSchema, (input, staff) => {
  const result = setArticlesCommentsClosed([input.articleId], input.closed, { id: staff.id, name: staff.name });
  if (result.missing) return { status: "error", message: "This article no longer exists. Reload the page.", fieldErrors: {}, values: {} };
  refresh();
  return { status: "success", message: input.closed ? "Comments are closed on this article." : "Comments are open on this article." };
});

/** BulkCommentsForm: closes or opens comments on every ticked article (`ids`). */
export const setCommentsForArticles = adminAction(bulkArticleCommentsSchema, (input, staff) => {
  const closed = input.commentsAction === "close";
  const result = setArticlesCommentsClosed(input.ids, closed, { id: staff.id, name: staff.name });
  refresh();
  const sentences = [`${closed ? "Closed" : "Opened"} comments on ${pluralize(result.changed, "article")}.`];
  if (result.unchanged) sentences.push(`${pluralize(result.unchanged, "article")} already had comments ${closed ? "closed" : "open"}.`);
  if (result.missing) sentences.push(`${pluralize(result.missing, "article")} no longer ${result.missing === 1 ? "exists" : "exist"}.`);
  return { status: "success", message: sentences.join(" ") };
});
