import Database from "better-sqlite3";
import { e2eDatabasePath } from "./paths";

/**
 * The e2e database, opened READ-ONLY: the tests look up what the pages should show, never change it.
 * Same file as the one Playwright's web server seeds (see playwright.config.ts).
 */
export { e2eDatabasePath };

let connection: Database.Database | undefined;

function db(): Database.Database {
  connection ??= new Database(e2eDatabasePath, { readonly: true, fileMustExist: true });
  return connection;
}

export type ArticleRow = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  heroCaption: string;
  heroAlt: string;
  publishedAt: number;
  updatedAt: number;
  sourceUrl: string | null;
  commentsClosed: number;
  isLead: number;
  categoryName: string;
  categorySlug: string;
  authorName: string;
  authorSlug: string;
  authorBio: string;
  authorPublicEmail: string | null;
};

const articleColumns = `
  a.id, a.slug, a.title, a.excerpt, a.body_html AS bodyHtml, a.hero_caption AS heroCaption, a.hero_alt AS heroAlt,
  a.published_at AS publishedAt, a.updated_at AS updatedAt, a.source_url AS sourceUrl, a.comments_closed AS commentsClosed,
  a.is_lead AS isLead, c.name AS categoryName, c.slug AS categorySlug,
  p.name AS authorName, p.slug AS authorSlug, p.bio AS authorBio, p.public_email AS authorPublicEmail`;

const articleFrom = `FROM articles a JOIN categories c ON c.id = a.category_id JOIN authors p ON p.id = a.author_id`;

/** What readers may see: published, or scheduled and due (the same rule as the app, written out independently). */
const visible = `a.status IN ('published', 'scheduled') AND a.published_at <= @now`;

const newestFirst = `ORDER BY a.published_at DESC, a.id DESC`;

function now(): number {
  return Date.now();
}

/** Every article readers may see, newest first. */
export function visibleArticles(): ArticleRow[] {
  return db().prepare(`SELECT ${articleColumns} ${articleFrom} WHERE ${visible} ${newestFirst}`).all({ now: now() }) as ArticleRow[];
}

export function articleBySlug(slug: string): ArticleRow {
  const row = db().prepare(`SELECT ${articleColumns} ${articleFrom} WHERE a.slug = @slug`).get({ slug }) as ArticleRow | undefined;
  if (!row) throw new Error(`No article "${slug}" in the e2e database.`);
  return row;
}

/** Articles readers may not see (drafts, or scheduled for later). */
export function hiddenArticles(): { id: number; slug: string; status: string }[] {
  return db()
    .prepare(`SELECT a.id, a.slug, a.status FROM articles a WHERE NOT (${visible}) ORDER BY a.id`)
    .all({ now: now() }) as { id: number; slug: string; status: string }[];
}

/** The front page's lead: the newest visible lead story, else the newest visible article. */
export function leadStory(): ArticleRow {
  const lead =
    (db().prepare(`SELECT ${articleColumns} ${articleFrom} WHERE ${visible} AND a.is_lead = 1 ${newestFirst} LIMIT 1`).get({ now: now() }) as ArticleRow | undefined) ??
    visibleArticles()[0];
  if (!lead) throw new Error("The e2e database has no visible article.");
  return lead;
}

/** Titles of the front page's "Latest" list: visible articles except the lead, newest first, `perPage` a page. */
export function latestTitles(page: number, perPage = 12): string[] {
  const lead = leadStory();
  return visibleArticles()
    .filter((a) => a.id !== lead.id)
    .slice((page - 1) * perPage, page * perPage)
    .map((a) => a.title);
}

/** Titles of the most viewed articles counted on or after `fromDay` (YYYY-MM-DD), highest first. */
export function mostViewedTitles(fromDay: string, limit = 5): { title: string; views: number }[] {
  return db()
    .prepare(
      `SELECT a.title, SUM(d.views) AS views
       FROM article_daily_views d JOIN articles a ON a.id = d.article_id
       WHERE d.day >= @fromDay AND ${visible}
       GROUP BY a.id ORDER BY views DESC, a.published_at DESC LIMIT @limit`,
    )
    .all({ fromDay, limit, now: now() }) as { title: string; views: number }[];
}

export type CategoryRow = { id: number; name: string; slug: string; description: string };

export function categories(): CategoryRow[] {
  return db().prepare(`SELECT id, name, slug, description FROM categories ORDER BY name`).all() as CategoryRow[];
}

export function articlesInCategory(slug: string): ArticleRow[] {
  return visibleArticles().filter((a) => a.categorySlug === slug);
}

export type TagRow = { id: number; name: string; slug: string };

export function tagsOfArticle(articleId: number): TagRow[] {
  return db()
    .prepare(`SELECT t.id, t.name, t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name`)
    .all(articleId) as TagRow[];
}

/** The tag on the most visible articles. */
export function busiestTag(): TagRow & { articles: number } {
  const row = db()
    .prepare(
      `SELECT t.id, t.name, t.slug, COUNT(*) AS articles
       FROM tags t JOIN article_tags at ON at.tag_id = t.id JOIN articles a ON a.id = at.article_id
       WHERE ${visible} GROUP BY t.id ORDER BY articles DESC, t.slug LIMIT 1`,
    )
    .get({ now: now() }) as (TagRow & { articles: number }) | undefined;
  if (!row) throw new Error("The e2e database has no tagged article.");
  return row;
}

export function articlesWithTag(tagId: number): ArticleRow[] {
  const ids = new Set((db().prepare(`SELECT article_id AS id FROM article_tags WHERE tag_id = ?`).all(tagId) as { id: number }[]).map((r) => r.id));
  return visibleArticles().filter((a) => ids.has(a.id));
}

export type AuthorRow = { id: number; name: string; slug: string; bio: string; publicEmail: string | null; loginEmail: string };

export function authors(): AuthorRow[] {
  return db().prepare(`SELECT id, name, slug, bio, public_email AS publicEmail, login_email AS loginEmail FROM authors ORDER BY id`).all() as AuthorRow[];
}

export function articlesByAuthor(slug: string): ArticleRow[] {
  return visibleArticles().filter((a) => a.authorSlug === slug);
}

export type CommentRow = { id: number; parentId: number | null; authorName: string; authorEmail: string; body: string; status: "pending" | "approved" | "spam" };

export function commentsOf(articleId: number): CommentRow[] {
  return db()
    .prepare(`SELECT id, parent_id AS parentId, author_name AS authorName, author_email AS authorEmail, body, status FROM comments WHERE article_id = ? ORDER BY created_at, id`)
    .all(articleId) as CommentRow[];
}

export function approvedComments(articleId: number): CommentRow[] {
  return commentsOf(articleId).filter((c) => c.status === "approved");
}

/** The article's all-time view total (0 when it has none yet). */
export function viewTotal(articleId: number): number {
  const row = db().prepare(`SELECT views FROM article_view_totals WHERE article_id = ?`).get(articleId) as { views: number } | undefined;
  return row?.views ?? 0;
}

/** The article's views in one day's bucket (YYYY-MM-DD in the site time zone, which the e2e server sets to UTC). */
export function dailyViews(articleId: number, day: string): number {
  const row = db().prepare(`SELECT views FROM article_daily_views WHERE article_id = ? AND day = ?`).get(articleId, day) as { views: number } | undefined;
  return row?.views ?? 0;
}

/** Today as the per-day view buckets name it; the e2e server runs with SITE_TIMEZONE=UTC. */
export function todayUtc(at = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** The day `days` calendar days before `day` (YYYY-MM-DD). */
export function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "November 24th, 2026": how the site writes a date, in UTC (the e2e server's time zone). */
export function longDateUtc(ms: number): string {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const suffix = day >= 11 && day <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[day % 10] ?? "th";
  return `${months[d.getUTCMonth()]} ${day}${suffix}, ${d.getUTCFullYear()}`;
}

export type ArticleState = {
  id: number;
  slug: string;
  title: string;
  status: "draft" | "scheduled" | "published";
  publishedAt: number | null;
  unpublishedAt: number | null;
  heroImageId: string | null;
  bodyMarkdown: string;
  authorId: number;
  categorySlug: string;
  isLead: number;
};

/** What the dashboard stored for an article, whatever its status (drafts included). */
export function articleState(id: number): ArticleState {
  const row = db()
    .prepare(
      `SELECT a.id, a.slug, a.title, a.status, a.published_at AS publishedAt, a.unpublished_at AS unpublishedAt, a.hero_image_id AS heroImageId,
              a.body_markdown AS bodyMarkdown, a.author_id AS authorId, c.slug AS categorySlug, a.is_lead AS isLead
       FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.id = ?`,
    )
    .get(id) as ArticleState | undefined;
  if (!row) throw new Error(`No article with id ${id} in the e2e database.`);
  return row;
}

/** Whether an article with this id is still stored (false once deleted). */
export function articleExists(id: number): boolean {
  return db().prepare(`SELECT 1 FROM articles WHERE id = ?`).get(id) !== undefined;
}

/** How many comments wait for moderation, on any article. */
export function pendingCommentCount(): number {
  return (db().prepare(`SELECT count(*) AS n FROM comments WHERE status = 'pending'`).get() as { n: number }).n;
}
