import { count, eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import { createElement, Fragment, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { AuthorBox } from "@/components/article/AuthorBox";
import { CommentList } from "@/components/article/CommentList";
import { HeroImage } from "@/components/article/HeroImage";
import { SourceLink } from "@/components/article/SourceLink";
import { TagList } from "@/components/article/TagList";
import { SearchResults } from "@/components/search/SearchResults";
import { JsonLd } from "@/components/seo/JsonLd";
import { getDb } from "@/db/client";
import { getPublicArticle, type PublicArticle } from "@/db/queries/article-page";
import { listApprovedComments } from "@/db/queries/comments";
import { searchArticles } from "@/db/queries/search";
import { articleRevisions, articles, articleTags, authors, categories, comments, images, tags } from "@/db/schema";
import { archiveFeed, siteFeed } from "@/lib/feeds/respond";
import { toMatchExpression } from "@/lib/search/query";
import { articleJsonLd, articleMetadata } from "@/lib/seo/article-metadata";
import { slugify, slugPattern } from "@/lib/slug";
import { articleBodyAllowlist, checkHtml, readerPageAllowlist, type Allowlist } from "@/lib/testing/html-allowlist";
import { makeAuthor } from "@/lib/testing/fixtures";
import { requestHeaders, signInAs } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { hostileHttpUrls, refusedUrls, weirdValidSlugs, xssPayloads, type Payload } from "@/lib/testing/xss-payloads";
import { articleLimits, parseTagNames } from "@/lib/validation/article";
import HomePage from "./(site)/page";
import AuthorPage from "./(site)/author/[slug]/page";
import TagPage from "./(site)/tag/[slug]/page";
import SearchPage from "./(site)/search/page";
import { postCommentAction } from "./(site)/articles/[slug]/actions";
import { saveArticleAction } from "./dashboard/articles/actions";
import { saveProfile } from "./dashboard/profile/actions";
import { form, runAction as run } from "@/lib/testing/forms";

/*
 * Every payload of the XSS corpus through every field's real save path (the Server Actions, as a signed-in editor
 * or as a reader), then through what readers get: the reader components fed by the real queries, whole listing,
 * author, tag and search pages, JSON-LD and the RSS and Atom feeds. The rendered HTML must stay inside the
 * allowlist, plain-text fields must come back as the same text, and refused input must leave nothing behind.
 */

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// Outside a running Next server there is no request scope for connection() to wait on.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "xss-test-secret";
process.env.SITE_URL = "http://news.example";

const timeZone = "UTC";
const heroImageId = "heroimage0000001";



const html = (element: ReactElement) => renderToStaticMarkup(element);

/** What the validators leave of typed text: no control characters but tab and line breaks. */
const noControls = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/** The text of the first element with this class (or tag name), decoded as a browser shows it. */
function textOf(markup: string, selector: { className?: string; tag?: string }): string | undefined {
  const found = DomUtils.findOne((el) => (selector.className ? (el.attribs.class ?? "").split(" ").includes(selector.className) : el.name === selector.tag), parseDocument(markup).children, true);
  return found ? DomUtils.textContent(found) : undefined;
}

function expectClean(markup: string, allowlist: Allowlist, where: string): void {
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
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

type FeedEntry = { title: string; author: string; summary: string; content: string; categories: string[] };

/** Both feeds, checked for well-formedness and XML characters, each article's fields as a feed reader decodes them. */
async function feedEntries(rssResponse: Response, atomResponse: Response): Promise<{ rss: Map<string, FeedEntry>; atom: Map<string, FeedEntry> }> {
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
    atom.set(entry.link["@href"], { title: text(entry.title), author: text(entry.author.name), summary: text(entry.summary), content: text(entry.content), categories: (entry.category ?? []).map((c: Record<string, string>) => c["@term"]) });
  }
  for (const [name, entries] of [["RSS", rss], ["Atom", atom]] as const) {
    for (const [link, entry] of entries) expect(checkHtml(entry.content, articleBodyAllowlist), `${name} content of ${link}`).toEqual([]);
  }
  return { rss, atom };
}

let editor: { id: number; name: string; slug: string; bio: string };
let categoryId: number;
let categorySlug: string;

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

// ---------------------------------------------------------------------------------------------------------------
// Articles: one article per field, updated payload by payload.

type ArticleField = "title" | "slug" | "excerpt" | "bodyMarkdown" | "heroCaption" | "heroAlt" | "sourceUrl" | "tags";

type Held = { id: number; slug: string; values: Record<string, string> };

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

async function createArticle(field: string): Promise<Held> {
  const values = validValues(field);
  const result = await run(saveArticleAction, { ...values, intent: "publish" });
  expect(result).toMatchObject({ redirectedTo: expect.stringMatching(/^\/dashboard\/articles\/\d+\/edit/) });
  const id = Number(/articles\/(\d+)/.exec((result as { redirectedTo: string }).redirectedTo)![1]);
  return { id, slug: values.slug, values };
}

const row = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
const revisionCount = (id: number) => getDb().select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, id)).get()!.n;

/** Saves `field` = `value` on the held article with valid values elsewhere: the stored row, or the field's error. */
async function saveField(held: Held, field: ArticleField, value: string, more: Record<string, string> = {}): Promise<{ stored: true } | { stored: false; error: string | undefined }> {
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
      createElement(CommentList, { key: "c", comments: listApprovedComments(article.id), closed: false, timeZone }),
    ),
  );
}

function jsonLdOf(markup: string): Record<string, unknown>[] {
  const scripts = DomUtils.findAll((el) => el.name === "script" && el.attribs.type === "application/ld+json", parseDocument(markup).children);
  return scripts.map((s) => JSON.parse(DomUtils.textContent(s)) as Record<string, unknown>);
}

/** The article as readers get it everywhere: its page, the front page, and the site's feeds. Returns the article. */
async function renderEverywhere(slug: string, where: string): Promise<{ article: PublicArticle; page: string; feeds: Awaited<ReturnType<typeof feedEntries>> }> {
  const article = getPublicArticle(slug, new Date());
  expect(article, `${where}: the article is visible`).toBeDefined();
  const page = renderArticlePage(article!);
  expectClean(page, readerPageAllowlist, `${where}: article page`);
  expectClean(article!.bodyHtml, articleBodyAllowlist, `${where}: article body`);
  const [newsArticle, breadcrumbs] = jsonLdOf(page);
  expect(newsArticle.headline).toBe(article!.title.slice(0, 110));
  expect(newsArticle.description).toBe(article!.excerpt);
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
    expect(entry!.summary).toBe(xmlText(article!.excerpt));
  }
  return { article: article!, page, feeds };
}

const label = (payload: Payload, i: number) => `#${i} ${payload.kind}: ${JSON.stringify(payload.text).slice(0, 70)}`;
const cases = xssPayloads.map((payload, i) => [label(payload, i), payload] as const);

/** A plain-text field keeps exactly what was typed (trimmed), up to its limit. */
function expectText(field: ArticleField, limit: number, pick: (a: PublicArticle, page: string) => string | undefined) {
  describe(`article ${field}`, () => {
    let held: Held;
    beforeAll(async () => {
      held = await createArticle(field);
    });
    it.each(cases)("%s", async (_, payload) => {
      const expected = noControls(payload.text).trim();
      const revisions = revisionCount(held.id);
      const outcome = await saveField(held, field, payload.text);
      if (expected === "" || expected.length > limit) {
        expect(outcome).toMatchObject({ stored: false, error: expect.any(String) });
        expect(revisionCount(held.id)).toBe(revisions);
        return;
      }
      expect(outcome).toEqual({ stored: true });
      expect(row(held.id)[field as "title"]).toBe(expected);
      const { article, page } = await renderEverywhere(held.slug, field);
      expect(pick(article, page)).toBe(expected);
    });
  });
}

expectText("title", articleLimits.title, (_, page) => textOf(page, { className: "article-title" }));
expectText("excerpt", articleLimits.excerpt, (article) => article.excerpt);
expectText("heroCaption", articleLimits.caption, (_, page) => textOf(page, { tag: "figcaption" }));
expectText("heroAlt", articleLimits.alt, (_, page) => {
  const img = DomUtils.findOne((el) => el.name === "img" && (el.attribs.src ?? "").startsWith(`/media/${heroImageId}`), parseDocument(page).children, true);
  return img?.attribs.alt;
});

describe("article excerpt and title in listings", () => {
  it("shows as text on cards, the lead story and the author page", async () => {
    const held = await createArticle("listing");
    for (const payload of xssPayloads.filter((p) => p.risky)) {
      expect(await saveField(held, "title", payload.text, { excerpt: payload.text })).toEqual({ stored: true });
      const markup = html(createElement(Fragment, null, await HomePage({ searchParams: Promise.resolve({}) }), await AuthorPage({ params: Promise.resolve({ slug: editor.slug }), searchParams: Promise.resolve({}) })));
      expectClean(markup, readerPageAllowlist, payload.text);
      expect(textOf(markup, { className: "lead__title" })).toBe(noControls(payload.text).trim());
      expect(textOf(markup, { className: "lead__excerpt" })).toBe(noControls(payload.text).trim());
    }
  });
});

describe("article body", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("bodyMarkdown");
  });
  it.each(cases)("%s", async (_, payload) => {
    expect(await saveField(held, "bodyMarkdown", payload.text)).toEqual({ stored: true });
    expect(row(held.id).bodyMarkdown).toBe(noControls(payload.text));
    const { article, feeds } = await renderEverywhere(held.slug, "body");
    expectClean(article.bodyHtml, articleBodyAllowlist, "stored body HTML");
    expect(feeds.rss.get(`http://news.example/articles/${held.slug}`)?.content).toBeDefined();
  });
});

describe("article tags", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("tags");
  });
  it.each(cases)("%s", async (_, payload) => {
    const names = parseTagNames(noControls(payload.text));
    const revisions = revisionCount(held.id);
    const outcome = await saveField(held, "tags", payload.text);
    if (names.length > articleLimits.tags || names.some((n) => n.length > articleLimits.tagName)) {
      expect(outcome).toMatchObject({ stored: false, error: expect.any(String) });
      expect(revisionCount(held.id)).toBe(revisions);
      return;
    }
    expect(outcome).toEqual({ stored: true });
    const stored = getDb().select({ name: tags.name, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, held.id)).all();
    expect(stored.map((t) => t.slug).sort()).toEqual(names.map(slugify).sort());
    // A tag keeps the name it was first created with; every slug is a safe path segment.
    for (const t of stored) expect(t.slug).toMatch(slugPattern);
    const { page, feeds } = await renderEverywhere(held.slug, "tags");
    const shown = DomUtils.findAll((el) => el.name === "a" && (el.attribs.href ?? "").startsWith("/tag/"), parseDocument(page).children).map((a) => DomUtils.textContent(a));
    expect(shown.sort()).toEqual(stored.map((t) => t.name).sort());
    const entry = feeds.rss.get(`http://news.example/articles/${held.slug}`)!;
    expect(entry.categories.slice(1).sort()).toEqual(stored.map((t) => xmlText(t.name)).sort());
    for (const t of stored) {
      const tagPage = html(await TagPage({ params: Promise.resolve({ slug: t.slug }), searchParams: Promise.resolve({}) }));
      expectClean(tagPage, readerPageAllowlist, `tag page ${t.slug}`);
      expect(textOf(tagPage, { tag: "h1" })).toBe(t.name);
      await feedEntries(archiveFeed("tag", t.slug, "feed.xml"), archiveFeed("tag", t.slug, "atom.xml"));
    }
  });
});

describe("article slug", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("slug");
  });
  it.each(cases)("%s is refused, and nothing is stored", async (_, payload) => {
    expect(slugPattern.test(payload.text.trim())).toBe(false);
    const before = row(held.id);
    expect(await saveField(held, "slug", payload.text)).toMatchObject({ stored: false, error: expect.any(String) });
    expect(row(held.id)).toEqual(before);
  });
  it.each(weirdValidSlugs)("%s is stored, and is only a path", async (slug) => {
    expect(await saveField(held, "slug", slug)).toEqual({ stored: true });
    expect(row(held.id).slug).toBe(slug);
    const { page } = await renderEverywhere(slug, "slug");
    expect(page).toContain(`href="#comments"`);
  });
});

describe("article source link", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("sourceUrl");
  });
  const expectRefused = async (value: string) => {
    const before = row(held.id);
    expect(await saveField(held, "sourceUrl", value), value).toMatchObject({ stored: false, error: expect.stringContaining("https://") });
    expect(row(held.id)).toEqual(before);
  };
  const expectStoredAsHttp = async (value: string) => {
    expect(await saveField(held, "sourceUrl", value)).toEqual({ stored: true });
    expect(row(held.id).sourceUrl).toBe(value.trim());
    const { page } = await renderEverywhere(held.slug, "sourceUrl");
    const link = DomUtils.findOne((el) => el.name === "a" && DomUtils.textContent(el) === "Source link", parseDocument(page).children, true);
    expect(link?.attribs.href).toBe(value.trim());
    expect(link?.attribs.href).toMatch(/^https?:\/\//i);
  };
  it.each(cases)("%s", async (_, payload) => {
    // Only full http and https addresses are links; a hostile address inside one is only a query string.
    if (/^https?:\/\/[^\s/?#]+/i.test(payload.text.trim()) && !/\s/.test(payload.text.trim())) await expectStoredAsHttp(payload.text);
    else await expectRefused(payload.text);
  });
  it.each(refusedUrls)("refuses %j", async (url) => expectRefused(url));
  it.each(hostileHttpUrls)("stores %j as an http(s) address", async (url) => expectStoredAsHttp(url));
  it("never links a stored non-http address, whoever wrote it", () => {
    for (const url of refusedUrls) expect(html(createElement(SourceLink, { url }))).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The author's name and bio.

describe("author profile", () => {
  let slug: string;
  beforeAll(async () => {
    const held = await createArticle("profile");
    slug = held.slug;
  });
  const profileValues = (changes: Record<string, string>) => ({ name: editor.name, bio: editor.bio, publicEmail: "", slug: editor.slug, avatarImageId: "", ...changes });
  const current = () => getDb().select().from(authors).where(eq(authors.id, editor.id)).get()!;

  for (const field of ["name", "bio"] as const) {
    const limit = field === "name" ? 100 : 2000;
    it.each(cases)(`${field} %s`, async (_, payload) => {
      const expected = noControls(payload.text).trim();
      const before = current();
      const state = await saveProfile(undefined, form(profileValues({ [field]: payload.text })));
      if (expected === "" || expected.length > limit) {
        expect(state).toMatchObject({ status: "error", fieldErrors: { [field]: expect.any(String) } });
        expect(current()).toEqual(before);
        return;
      }
      expect(state).toMatchObject({ status: "success" });
      expect(current()[field]).toBe(expected);
      const { page, feeds } = await renderEverywhere(slug, `author ${field}`);
      expect(textOf(page, { className: field === "name" ? "author-box__name" : "author-box__bio" })).toBe(expected);
      if (field === "name") {
        expect((jsonLdOf(page)[0].author as { name: string }[])[0].name).toBe(expected);
        expect(feeds.rss.get(`http://news.example/articles/${slug}`)!.author).toBe(xmlText(expected));
        expect(feeds.atom.get(`http://news.example/articles/${slug}`)!.author).toBe(xmlText(expected));
      }
      const authorPage = html(await AuthorPage({ params: Promise.resolve({ slug: editor.slug }), searchParams: Promise.resolve({}) }));
      expectClean(authorPage, readerPageAllowlist, "author page");
      expect(textOf(authorPage, field === "name" ? { tag: "h1" } : { className: "archive-header__description" })).toBe(expected);
      await feedEntries(archiveFeed("author", editor.slug, "feed.xml"), archiveFeed("author", editor.slug, "atom.xml"));
      await feedEntries(siteFeed("feed.xml"), siteFeed("atom.xml"));
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Comments: a reader's name and text.

describe("comments", () => {
  let slug: string;
  let articleId: number;
  let ip = 0;
  beforeAll(async () => {
    const held = await createArticle("comments");
    slug = held.slug;
    articleId = held.id;
  });
  const commentCount = () => getDb().select({ n: count() }).from(comments).where(eq(comments.articleId, articleId)).get()!.n;

  async function post(values: { name: string; body: string }) {
    // A new address each time: the rate limit is not what this suite is about.
    requestHeaders.set("x-forwarded-for", `198.51.${Math.floor(++ip / 250)}.${ip % 250}`);
    return postCommentAction({ status: "idle" }, form({ articleId: String(articleId), email: "hostile@mail.example", website: "", ...values }));
  }

  for (const field of ["name", "body"] as const) {
    it.each(cases)(`${field} %s`, async (_, payload) => {
      const expected = field === "name" ? noControls(payload.text).replace(/\s+/g, " ").trim() : noControls(payload.text).replace(/\r\n?/g, "\n").trim();
      const limits = field === "name" ? [1, 80] : [2, 5000];
      const before = commentCount();
      const state = await post({ name: "A reader", body: "A calm comment.", [field]: payload.text });
      if (expected.length < limits[0] || expected.length > limits[1]) {
        expect(state).toMatchObject({ status: "error", fieldErrors: { [field]: expect.any(String) } });
        expect(commentCount()).toBe(before);
        return;
      }
      expect(state.status === "pending" || state.status === "published", JSON.stringify(state)).toBe(true);
      const stored = getDb().select().from(comments).where(eq(comments.articleId, articleId)).orderBy(comments.id).all().at(-1)!;
      expect(field === "name" ? stored.authorName : stored.body).toBe(expected);
      // A moderator approves it: only approved comments reach readers.
      getDb().update(comments).set({ status: "approved" }).where(eq(comments.id, stored.id)).run();
      const article = getPublicArticle(slug, new Date())!;
      const shown = html(createElement(CommentList, { comments: listApprovedComments(article.id).slice(-1), closed: false, timeZone }));
      expectClean(shown, readerPageAllowlist, "comment");
      if (field === "name") expect(textOf(shown, { tag: "strong" })).toBe(expected);
      else expect(textOf(shown, { className: "comment__body" })).toBe(expected);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Search: the reader's query, and the hits it finds.

describe("search", () => {
  let held: Held;
  const searchAllowlist: Allowlist = {
    ...readerPageAllowlist,
    name: "search page",
    tags: [...readerPageAllowlist.tags, "form", "label", "input", "button"],
    attributes: { ...readerPageAllowlist.attributes, form: ["action", "method"], label: ["for"], input: ["type", "name", "value", "placeholder", "maxlength", "autocomplete"], button: ["type"] },
  };
  beforeAll(async () => {
    held = await createArticle("search");
  });
  it.each(cases)("%s", async (_, payload) => {
    // The article's title is the payload too, so the query finds something to highlight.
    const title = noControls(payload.text).trim();
    const titled = title !== "" && title.length <= articleLimits.title && (await saveField(held, "title", payload.text)).stored;
    // Searching for the title as stored finds the article (the stored title has lost any control characters).
    const stored = row(held.id).title;
    const results = searchArticles(titled ? stored : payload.text, new Date(), 1, 10);
    if (titled && toMatchExpression(stored)) expect(results.items.map((h) => h.id)).toContain(held.id);
    expect(() => searchArticles(payload.text, new Date(), 1, 10)).not.toThrow();
    const shown = html(createElement(SearchResults, { hits: results.items, timeZone }));
    expectClean(shown, readerPageAllowlist, "search results");
    const index = results.items.findIndex((h) => h.id === held.id);
    if (index >= 0) {
      const heading = DomUtils.findAll((el) => el.name === "h2", parseDocument(shown).children)[index];
      expect(DomUtils.textContent(heading)).toBe(row(held.id).title);
    }

    const page = html(await SearchPage({ searchParams: Promise.resolve({ q: payload.text }) }));
    expectClean(page, searchAllowlist, "search page");
    const query = payload.text.trim().slice(0, 2000);
    const input = DomUtils.findOne((el) => el.name === "input" && el.attribs.name === "q", parseDocument(page).children, true);
    expect(input?.attribs.value ?? "").toBe(query);
    if (query) expect(textOf(page, { className: "search-page__count" })).toContain(`“${query}”`);
  });
});
