import "server-only";
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { setArticlePictures } from "@/db/queries/media-library";
import { articleDailyViews, articles, articleTags, articleViewTotals, authors, categories, comments, images, tags } from "@/db/schema";
import { hashPassword, randomPassword } from "@/lib/auth/password";
import { dayKey } from "@/lib/dates";
import { renderArticleBody } from "@/lib/markdown";
import type { StoredImage } from "@/lib/media/store";
import { avatarArtwork, heroArtwork } from "./artwork";
import { demoArticles, type DemoArticle } from "./demo/articles";
import { demoAuthors, demoCategories } from "./demo/people";
import { storeSvg } from "./images";

export type DemoAccount = { email: string; password: string; role: string };

const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

function tagName(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A deterministic, plausible view history: more for recent and lead articles, a few each day. */
function demoDailyViews(article: DemoArticle, index: number, now: Date, timeZone: string) {
  const days: { day: string; views: number }[] = [];
  for (let ago = Math.min(article.daysAgo, 30); ago >= 0; ago--) {
    const base = Math.max(1, 60 - article.daysAgo) + (article.lead ? 40 : 0);
    const views = Math.round(base * (1 + ((index * 7 + ago * 13) % 10) / 10)) >> (ago > 7 ? 1 : 0);
    days.push({ day: dayKey(new Date(now.getTime() - ago * dayMs), timeZone), views });
  }
  return days;
}

async function renderArtwork() {
  // Named as a newsroom's files would be, so the media library shows names rather than ids.
  const stored: (StoredImage & { fileName: string })[] = [];
  const avatars = new Map<string, string>();
  for (const author of demoAuthors) {
    const avatar = await storeSvg(avatarArtwork(author.avatar.hue, author.avatar.initials, 400));
    stored.push({ ...avatar, fileName: `${author.slug}-portrait.png` });
    avatars.set(author.slug, avatar.id);
  }
  const heroes = new Map<string, string>();
  const bodyImages = new Map<string, string>();
  // Sequential on purpose: sharp already uses both cores for each picture.
  for (const [i, article] of demoArticles.entries()) {
    const hero = await storeSvg(heroArtwork(article.hero.art, 1920, 1080, i + 1));
    stored.push({ ...hero, fileName: `${article.slug.slice(0, 60)}-hero.png` });
    heroes.set(article.slug, hero.id);
    for (const [j, image] of article.bodyImages.entries()) {
      const body = await storeSvg(heroArtwork(image.art, 1280, 800, 100 * (i + 1) + j));
      stored.push({ ...body, fileName: `${article.slug.slice(0, 60)}-${image.key}.png` });
      bodyImages.set(`${article.slug}/${image.key}`, body.id);
    }
  }
  return { avatars, heroes, bodyImages, stored };
}

/**
 * Fills an empty database with the demo newsroom; does nothing when any article or author exists.
 * Returns the sign-in accounts it created with their one-time passwords.
 */
export async function seedDemoIfEmpty(db: Db, timeZone: string, now = new Date()): Promise<DemoAccount[] | null> {
  const [{ n }] = db.select({ n: count() }).from(authors).all();
  if (n > 0) return null;

  const art = await renderArtwork();
  const accounts: DemoAccount[] = [];
  const hashes = new Map<string, string>();
  for (const author of demoAuthors.filter((a) => a.canSignIn)) {
    const password = randomPassword();
    accounts.push({ email: author.loginEmail, password, role: author.role });
    hashes.set(author.slug, await hashPassword(password));
  }

  db.transaction((tx) => {
    for (const image of art.stored) tx.insert(images).values(image).run();

    const categoryIds = new Map(
      demoCategories.map((c) => [c.slug, tx.insert(categories).values(c).returning({ id: categories.id }).get().id]),
    );
    const authorIds = new Map(
      demoAuthors.map((a) => [
        a.slug,
        tx
          .insert(authors)
          .values({
            name: a.name,
            slug: a.slug,
            bio: a.bio,
            publicEmail: a.publicEmail,
            loginEmail: a.loginEmail,
            role: a.role,
            passwordHash: hashes.get(a.slug) ?? null,
            avatarImageId: art.avatars.get(a.slug),
          })
          .returning({ id: authors.id })
          .get().id,
      ]),
    );
    const tagSlugs = [...new Set(demoArticles.flatMap((a) => a.tags))].sort();
    const tagIds = new Map(
      tagSlugs.map((slug) => [slug, tx.insert(tags).values({ slug, name: tagName(slug) }).returning({ id: tags.id }).get().id]),
    );

    for (const [index, a] of demoArticles.entries()) {
      const publishedAt = new Date(now.getTime() - a.daysAgo * dayMs);
      publishedAt.setUTCHours(a.hour, (index * 17) % 60, 0, 0);
      const markdown = a.markdown.replace(/\(image:([a-z0-9-]+)\)/g, (_, key: string) => `(/media/${art.bodyImages.get(`${a.slug}/${key}`)})`);
      const rendered = renderArticleBody(markdown);
      const { id } = tx
        .insert(articles)
        .values({
          slug: a.slug,
          title: a.title,
          excerpt: a.excerpt,
          bodyMarkdown: markdown,
          ...rendered,
          heroImageId: art.heroes.get(a.slug),
          heroCaption: a.hero.caption,
          heroAlt: a.hero.alt,
          categoryId: categoryIds.get(a.category)!,
          authorId: authorIds.get(a.author)!,
          status: "published",
          isLead: a.lead ?? false,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: new Date(publishedAt.getTime() + (a.updatedHoursLater ?? 0) * hourMs),
          sourceUrl: a.sourceUrl ?? null,
          commentsClosed: a.commentsClosed ?? false,
        })
        .returning({ id: articles.id })
        .get();
      for (const tag of a.tags) tx.insert(articleTags).values({ articleId: id, tagId: tagIds.get(tag)! }).run();
      setArticlePictures(tx, id, art.heroes.get(a.slug), { markdown, html: rendered.bodyHtml });
      const commentIds: number[] = [];
      for (const c of a.comments) {
        const createdAt = new Date(Math.min(now.getTime() - hourMs, publishedAt.getTime() + c.daysAfter * dayMs + hourMs));
        const parentId = c.replyTo === undefined ? null : commentIds[c.replyTo];
        const stored = tx.insert(comments).values({ articleId: id, parentId, authorName: c.name, authorEmail: c.email, body: c.body, status: c.status, createdAt }).returning({ id: comments.id }).get();
        commentIds.push(stored.id);
      }
      const daily = demoDailyViews(a, index, now, timeZone);
      for (const d of daily) tx.insert(articleDailyViews).values({ articleId: id, ...d }).run();
      const older = 40 * Math.max(0, a.daysAgo - 30);
      tx.insert(articleViewTotals).values({ articleId: id, views: older + daily.reduce((s, d) => s + d.views, 0) }).run();
    }
  });
  return accounts;
}
