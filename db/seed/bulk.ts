import "server-only";
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, authors, categories, images, tags } from "@/db/schema";
import { dayKey } from "@/lib/dates";
import { renderArticleBody } from "@/lib/markdown";

// Word lists for generated stories: enough variety for search to have something to rank.
const subjects = ["Council", "Harbour board", "Port authority", "School trustees", "Hospital", "Ferry operator", "Fishing cooperative", "Library", "Transit agency", "University lab", "Arts council", "Chamber of commerce", "Water utility", "Parks department", "Housing trust"];
const verbs = ["approves", "delays", "reviews", "expands", "questions", "funds", "rejects", "opens", "closes", "reports on", "plans", "debates"];
const objects = ["new ferry route", "seawall repairs", "bus lane trial", "budget for next year", "kelp restoration", "waterfront housing", "night market", "tidal energy pilot", "school lunch programme", "flood defences", "cycle network", "museum extension", "fish quota", "harbour dredging", "library hours"];
const fillers = ["Residents", "Officials", "Business owners", "Researchers", "Volunteers", "Commuters", "Parents", "Skippers", "Shopkeepers", "Students"];
const opinions = ["welcomed the decision", "raised concerns about costs", "asked for more time", "called for a public meeting", "said the plan was overdue", "want an independent review", "expect work to start in spring", "worry about traffic on Harbour Street"];

/** A small deterministic generator, so two runs make the same dataset. */
function random(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

function story(next: () => number, n: number) {
  const title = `${pick(next, subjects)} ${pick(next, verbs)} ${pick(next, objects)} (${n})`;
  const paragraphs = Array.from({ length: 4 }, () => `${pick(next, fillers)} ${pick(next, opinions)}. ${pick(next, subjects)} ${pick(next, verbs)} the ${pick(next, objects)} after a long meeting, and ${pick(next, fillers).toLowerCase()} ${pick(next, opinions)}.`);
  const markdown = [paragraphs[0], "## What happens next", paragraphs[1], `> "${pick(next, opinions)}," one resident said.`, paragraphs[2], "- A public meeting\n- A written consultation\n- A vote in the new year", paragraphs[3]].join("\n\n");
  return { title, markdown, excerpt: paragraphs[0] };
}

/**
 * Adds generated published articles until the database holds `total`, for benchmarks: bulk inserts with prepared
 * statements, 5,000 to a transaction. Needs the demo content (authors, sections, tags, pictures) in place.
 */
export function addBulkArticles(db: Db, total: number, timeZone: string, now = new Date()): number {
  const existing = db.select({ n: count() }).from(articles).get()!.n;
  const missing = total - existing;
  if (missing <= 0) return 0;
  const authorIds = db.select({ id: authors.id }).from(authors).all().map((r) => r.id);
  const categoryIds = db.select({ id: categories.id }).from(categories).all().map((r) => r.id);
  const tagIds = db.select({ id: tags.id }).from(tags).all().map((r) => r.id);
  const heroIds = db.select({ id: images.id, width: images.width }).from(images).all().filter((i) => i.width >= 1280).map((i) => i.id);
  if (!authorIds.length || !categoryIds.length) throw new Error("Seed the demo content first: the generated articles need its authors and sections.");

  const sqlite = db.$client;
  const insertArticle = sqlite.prepare(`INSERT INTO articles (slug, title, excerpt, body_markdown, body_html, body_text, hero_image_id, hero_caption, hero_alt, category_id, author_id, status, published_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'A generated picture.', 'Abstract illustration', ?, ?, 'published', ?, ?, ?)`);
  const insertTag = sqlite.prepare("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)");
  // Generated bodies hold no pictures: the hero is the only one each article uses (db/queries/media-library.ts).
  const insertPicture = sqlite.prepare("INSERT INTO article_images (article_id, image_id) VALUES (?, ?)");
  const insertTotal = sqlite.prepare("INSERT INTO article_view_totals (article_id, views) VALUES (?, ?)");
  const insertDaily = sqlite.prepare("INSERT INTO article_daily_views (article_id, day, views) VALUES (?, ?, ?)");
  const next = random(existing + 1);
  const spanMs = 2 * 365 * 24 * 60 * 60 * 1000;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const { title, markdown, excerpt } = story(next, n);
      const body = renderArticleBody(markdown);
      const at = now.getTime() - 60_000 - Math.floor(next() * spanMs);
      const hero = heroIds.length ? pick(next, heroIds) : null;
      const { lastInsertRowid } = insertArticle.run(`generated-${n}`, title, excerpt, markdown, body.bodyHtml, body.bodyText, hero, pick(next, categoryIds), pick(next, authorIds), at, at, at);
      const id = Number(lastInsertRowid);
      if (hero) insertPicture.run(id, hero);
      for (let t = Math.floor(next() * 3); t >= 0 && tagIds.length; t--) insertTag.run(id, pick(next, tagIds));
      const views = Math.floor(next() * 500);
      insertTotal.run(id, views);
      if (now.getTime() - at < 7 * 24 * 60 * 60 * 1000) insertDaily.run(id, dayKey(now, timeZone), views);
    }
  });
  for (let from = existing; from < total; from += 5000) batch(from, Math.min(total, from + 5000));
  // Pages a running server has cached no longer show everything.
  sqlite.prepare("UPDATE page_version SET version = version + 1 WHERE id = 1").run();
  return missing;
}
