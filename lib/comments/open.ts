/** Whether readers may comment on an article: its own switch, the site-wide switch, and the age limit. */

export type CommentSettings = { commentsEnabled: boolean; closeAfterDays: number | null };

export const defaultCommentSettings: CommentSettings = { commentsEnabled: true, closeAfterDays: null };

const dayMs = 24 * 60 * 60 * 1000;

/** When the age limit closes an article's comments, or null when it never does. */
export function autoCloseAt(publishedAt: Date, settings: CommentSettings): Date | null {
  return settings.closeAfterDays === null ? null : new Date(publishedAt.getTime() + settings.closeAfterDays * dayMs);
}

/** Computed when a page is read, as WordPress does: no job needs to close anything. */
export function commentsOpen(article: { commentsClosed: boolean; publishedAt: Date }, settings: CommentSettings, now: Date): boolean {
  if (article.commentsClosed || !settings.commentsEnabled) return false;
  const closesAt = autoCloseAt(article.publishedAt, settings);
  return closesAt === null || now < closesAt;
}
