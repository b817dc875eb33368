import { count, eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, expect } from "vitest";
import HomePage from "@/app/(site)/page";
import { saveArticleAction } from "@/app/dashboard/articles/actions";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { AuthorBox } from "@/components/article/AuthorBox";
import { CommentList } from "@/components/article/CommentList";
import { HeroImage } from "@/components/article/HeroImage";
import { SourceLink } from "@/components/article/SourceLink";
import { TagList } from "@/components/article/TagList";
import { JsonLd } from "@/components/seo/JsonLd";
import { getDb } from "@/db/client";
import { getPublicArticle, type PublicArticle } from "@/db/queries/article-page";
import { listApprovedComments } from "@/db/queries/comments";
import { threadComments } from "@/lib/comments/thread";
import { articleRevisions, articles, categories, images } from "@/db/schema";
import { archiveFeed } from "@/lib/feeds/respond";
import { articleJsonLd, articleMetadata } from "@/lib/seo/article-metadata";
import { articleBodyAllowlist, checkHtml, readerPageAllowlist, type Allowlist } from "@/lib/testing/html-allowlist";
import { makeAuthor } from "@/lib/testing/fixtures";
import { runAction as run } from "@/lib/testing/forms";
import { signInAs } from "@/lib/testing/request-context";
import { xssPayloads, type Payload } from "@/lib/testing/xss-payloads";
import { shortenAtWord } from "@/lib/text";

// What the XSS suite's test files share (app/xss-article-text.test.ts, app/xss-article-links.test.ts,
// app/xss-profile-comments-search.test.ts): rendering and feed helpers, the fixtures, and saving an article field
// through the real Server Action. Each test file mocks next/headers, next/cache and next/server, sets up its
// database (lib/testing/temp-database.ts) and then calls setUpXssSuite(); nothing here opens the database before then.

export const timeZone = "UTC";
export const heroImageId = "heroimage0000001";

export const html = (element: ReactElement) => renderToStaticMarkup(element);

/** What the validators leave of typed text: no control characters but tab and line breaks. */
export const noControls = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/** The text of the first element with this class (or tag name), decoded as a browser shows it. */
type Selector = { className?: string; tag?: string };
const matches = (selector: Selector) => (el: { name: string; attribs: Record<string, string> }) =>
  selector.className ? (el.attribs.class ?? "").split(" ").includes(selector.className) : el.name === selector.tag;

export function textOf(markup: string, selector: Selector): string | undefined {
  const found = DomUtils.findOne(matches(selector), parseDocument(markup).children, true);
  return found ? DomUtils.textContent(found) : undefined;
}

/** The text of every element the selector matches, in document order. */
export function textsOf(markup: string, selector: Selector): string[] {
  return DomUtils.findAll(matches(selector), parseDocument(markup).children).map((el) => DomUtils.textContent(el));
}

export function expectClean(markup: string, allowlist: Allowlist, where: string): void {
  expect(checkHtml(markup, allowlist), where).toEqual([]);
}

/** XML 1.0 characters only (no stray control characters, lone surrogates or U+FFFE/U+FFFF). */
function invalidXmlChars(xml: string): string[] {
  const bad: string[] = [];
  for (const ch of xml) {
    const c = ch.codePointAt(0)!;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!ok) bad.push(`U+${c.toString(16).padStart(4, "0")}`);
  }
  return bad;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: "#cdata", trimValues: false, parseTagValue: false, isArray: (name) => ["item", "entry", "category"].includes(name) });

/** What escapeXml leaves of a text: XML has no place for these control characters. */
export const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

type FeedEntry = { title: string; author: string; summary: string; content: string; categories: string[] };

/** Both feeds, checked for well-formedness and XML characters, each article's fields as a feed reader decodes them. */
export async function feedEntries(rssResponse: Response, atomResponse: Response): Promise<{ rss: Map<string, FeedEntry>; atom: Map<string, FeedEntry> }> {
  const rssXml = await rssResponse.text();
  const atomXml = await atomResponse.text();
  for (const [name, xml] of [["RSS", rssXml], ["Atom", atomXml]] as const) {
    expect(XMLValidator.validate(xml), `${name} is well-formed`).toBe(true);
    expect(invalidXmlChars(xml), `${name} has only XML characters`).toEqual([]);
  }
  const text = (v: unknown): string => (typeof v === "string" ? v : v && typeof v === "object" && "#text" in v ? String((v as { "#text": unknown })["#text"]) : "");
  const rss = new Map<string, FeedEntry>();
  for (const item of xmlParser.parse(rssXml).rss.channel.item ?? []) {
    const content = [item["content:encoded"]["#cdata"]].flat().join("");
    rss.set(text(item.link), { title: text(item.title), author: text(item["dc:creator"]), summary: text(item.description), content, categories: (item.category ?? []).map(text) });
  }
  const atom = new Map<string, FeedEntry>();
  for (const entry of xmlParser.parse(atomXml).feed.entry ?? []) {
    const alternate = [entry.link].flat().find((l: Record<string, string>) => l["@rel"] === "alternate");
    atom.set(alternate["@href"], { title: text(entry.title), author: text(entry.author.name), summary: text(entry.summary), content: text(entry.content), categories: (entry.category ?? []).map((c: Record<string, string>) => c["@term"]) });
  }
  for (const [name, entries] of [["RSS", rss], ["Atom", atom]] as const) {
    for (const [link, entry] of entries) expect(checkHtml(entry.content, articleBodyAllowlist), `${name} content of ${link}`).toEqual([]);
  }
  return { rss, atom };
}

export let editor: { id: number; name: string; slug: string; bio: string };
let categoryId: number;
let categorySlug: string;

/** Call at the top of each test file, after setUpTempDatabase(): a category, a hero image and a signed-in editor. */
export function setUpXssSuite(): void {
  process.env.NEXTAUTH_SECRET = "xss-test-secret";
  process.env.SITE_URL = "http://news.example";
  beforeAll(async () => {
    const db = getDb();
    const category = db.insert(categories).values({ name: "Hostile input", slug: "hostile-input" }).returning().get();
    categoryId = category.id;
    categorySlug = category.slug;
    db.insert(images).values({ id: heroImageId, width: 1600, height: 900 }).run();
    const author = makeAuthor("Ada Editor");
    editor = { id: author.id, name: author.name, slug: author.slug, bio: author.bio };
    await signInAs(author.id);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Articles: each test file holds one article per field and saves it payload by payload, then renders it everywhere.

export type ArticleField = "title" | "slug" | "excerpt" | "bodyMarkdown" | "heroCaption" | "heroAlt" | "sourceUrl" | "tags";

export type Held = { id: number; slug: string; values: Record<string, string> };

function validValues(field: string): Record<string, string> {
  return {
    title: `Story for the ${field} field`,
    slug: `xss-${field.toLowerCase()}`,
    excerpt: "A calm excerpt.",
    bodyMarkdown: "A calm **body**.",
    categoryId: String(categoryId),
    tags: "Calm",
    heroImageId,
    heroCaption: "A calm caption.",
    heroAlt: "A calm harbour.",
    sourceUrl: "https://example.com/original",
  };
}

export async function createArticle(field: string): Promise<Held> {
  const values = validValues(field);
  const result = await run(saveArticleAction, { ...values, intent: "publish" });
  expect(result).toMatchObject({ redirectedTo: expect.stringMatching(/^\/dashboard\/articles\/\d+\/edit/) });
  const id = Number(/articles\/(\d+)/.exec((result as { redirectedTo: string }).redirectedTo)![1]);
  return { id, slug: values.slug, values };
}

export const row = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
export const revisionCount = (id: number) => getDb().select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, id)).get()!.n;

/** Saves `field` = `value` on the held article with valid values elsewhere: the stored row, or the field's error. */
export async function saveField(held: Held, field: ArticleField, value: string, more: Record<string, string> = {}): Promise<{ stored: true } | { stored: false; error: string | undefined }> {
  const current = row(held.id);
  const result = await run(saveArticleAction, { ...held.values, ...more, id: String(held.id), baseRevision: String(current.revision), [field]: value, intent: "save" });
  if ("redirectedTo" in result) {
    if (field === "slug") held.slug = row(held.id).slug;
    return { stored: true };
  }
  expect(result.status).toBe("error");
  return { stored: false, error: result.status === "error" ? result.fieldErrors[field] : undefined };
}

/** Everything a reader sees of the article on its page, from the real query and the real components. */
function renderArticlePage(article: PublicArticle): string {
  const comments = listApprovedComments(article.id);
  // The comment form is a client component of its own; a stand-in for it makes the list show its Reply links.
  return html(
    createElement(
      "article",
      { className: "article" },
      ...articleJsonLd(article).map((data, i) => createElement(JsonLd, { key: `ld${i}`, data })),
      createElement(ArticleHeader, { key: "h", article, timeZone, readingMinutes: 1 }),
      article.hero ? createElement(HeroImage, { key: "hero", image: article.hero, alt: article.heroAlt, caption: article.heroCaption }) : null,
      createElement(ArticleBody, { key: "b", html: article.bodyHtml }),
      createElement(AuthorBox, { key: "a", author: article.author, avatar: article.avatar }),
      createElement(SourceLink, { key: "s", url: article.sourceUrl }),
      createElement(TagList, { key: "t", tags: article.tags }),
      createElement(CommentList, { key: "c", threads: threadComments(comments), count: comments.length, closed: false, timeZone, form: createElement("div") }),
    ),
  );
}

export function jsonLdOf(markup: string): Record<string, unknown>[] {
  const scripts = DomUtils.findAll((el) => el.name === "script" && el.attribs.type === "application/ld+json", parseDocument(markup).children);
  return scripts.map((s) => JSON.parse(DomUtils.textContent(s)) as Record<string, unknown>);
}

/** The article as readers get it everywhere: its page, the front page, and the site's feeds. Returns the article. */
export async function renderEverywhere(slug: string, where: string): Promise<{ article: PublicArticle; page: string; feeds: Awaited<ReturnType<typeof feedEntries>> }> {
  const article = getPublicArticle(slug, new Date());
  expect(article, `${where}: the article is visible`).toBeDefined();
  const page = renderArticlePage(article!);
  expectClean(page, readerPageAllowlist, `${where}: article page`);
  expectClean(article!.bodyHtml, articleBodyAllowlist, `${where}: article body`);
  const [newsArticle, breadcrumbs] = jsonLdOf(page);
  expect(newsArticle.headline).toBe(shortenAtWord(article!.title, 110));
  expect(newsArticle.description).toBe(article!.summary);
  expect((breadcrumbs.itemListElement as { name: string }[])[2].name).toBe(article!.title);
  // Metadata is data for Next to escape; the canonical address must still be ours or an http(s) original.
  expect(String(articleMetadata(article!).alternates?.canonical)).toMatch(/^(https?:\/\/|\/articles\/)/i);

  const home = html(await HomePage({ searchParams: Promise.resolve({}) }));
  expectClean(home, readerPageAllowlist, `${where}: front page`);

  const feeds = await feedEntries(archiveFeed("category", categorySlug, "feed.xml"), archiveFeed("category", categorySlug, "atom.xml"));
  const link = `http://news.example/articles/${article!.slug}`;
  for (const entries of [feeds.rss, feeds.atom]) {
    const entry = entries.get(link);
    expect(entry, `${where}: in the feed`).toBeDefined();
    expect(entry!.title).toBe(xmlText(article!.title));
    expect(entry!.summary).toBe(xmlText(article!.summary));
  }
  return { article: article!, page, feeds };
}

const label = (payload: Payload, i: number) => `#${i} ${payload.kind}: ${JSON.stringify(payload.text).slice(0, 70)}`;
export const cases = xssPayloads.map((payload, i) => [label(payload, i), payload] as const);
