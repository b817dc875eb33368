import { count, eq } from "drizzle-orm";
import { DomUtils, parseDocument } from "htmlparser2";
import { createElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CommentList } from "@/components/article/CommentList";
import { SearchResults } from "@/components/search/SearchResults";
import { getDb } from "@/db/client";
import { getPublicArticle } from "@/db/queries/article-page";
import { listApprovedComments } from "@/db/queries/comments";
import { searchArticles } from "@/db/queries/search";
import { authors, comments } from "@/db/schema";
import { archiveFeed, siteFeed } from "@/lib/feeds/respond";
import { threadComments } from "@/lib/comments/thread";
import { toMatchExpression } from "@/lib/search/query";
import { paragraphsOf } from "@/lib/text";
import { readerPageAllowlist, type Allowlist } from "@/lib/testing/html-allowlist";
import { form } from "@/lib/testing/forms";
import { requestHeaders } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { cases, createArticle, editor, expectClean, feedEntries, html, jsonLdOf, noControls, renderEverywhere, row, saveField, setUpXssSuite, textOf, textsOf, timeZone, xmlText, type Held } from "@/lib/testing/xss-harness";
import { articleLimits } from "@/lib/validation/article";
import AuthorPage from "./(site)/author/[slug]/page";
import SearchPage from "./(site)/search/page";
import { postCommentAction } from "./(site)/articles/[slug]/actions";
import { saveProfile } from "./dashboard/profile/actions";

/*
 * Every payload of the XSS corpus through what is not the article's own text: the author's profile (as the signed-in
 * editor), a reader's comment (as a reader) and a search query, each through its real save or read path. Then
 * through what readers get: the article page, the author page, comments, search results and the search page, JSON-LD
 * and the RSS and Atom feeds. The rendered HTML must stay inside the allowlist, plain-text fields must come back as
 * the same text, and refused input must leave nothing behind. Shared setup and helpers: lib/testing/xss-harness.ts.
 */

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// Outside a running Next server there is no request scope for connection() to wait on.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
setUpTempDatabase();
setUpXssSuite();

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
      // A bio is shown as its paragraphs (lib/text.ts).
      const shown = (markup: string, selector: { className?: string; tag?: string }) => (field === "name" ? textOf(markup, selector) : textsOf(markup, selector));
      const expectedShown = field === "name" ? expected : paragraphsOf(expected);
      expect(shown(page, { className: field === "name" ? "author-box__name" : "author-box__bio" })).toEqual(expectedShown);
      if (field === "name") {
        expect((jsonLdOf(page)[0].author as { name: string }[])[0].name).toBe(expected);
        expect(feeds.rss.get(`http://news.example/articles/${slug}`)!.author).toBe(xmlText(expected));
        expect(feeds.atom.get(`http://news.example/articles/${slug}`)!.author).toBe(xmlText(expected));
      }
      const authorPage = html(await AuthorPage({ params: Promise.resolve({ slug: editor.slug }), searchParams: Promise.resolve({}) }));
      expectClean(authorPage, readerPageAllowlist, "author page");
      expect(shown(authorPage, field === "name" ? { tag: "h1" } : { className: "archive-header__description" })).toEqual(expectedShown);
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
      const shown = html(createElement(CommentList, { threads: threadComments(listApprovedComments(article.id).slice(-1)), count: 1, closed: false, timeZone, form: createElement("div") }));
      expectClean(shown, readerPageAllowlist, "comment");
      if (field === "name") {
        expect(textOf(shown, { tag: "strong" })).toBe(expected);
        // The Reply link carries the name for the article's script, as an attribute value the parser gives back whole.
        expect(DomUtils.findOne((el) => el.attribs["data-reply-name"] !== undefined, parseDocument(shown).children)?.attribs["data-reply-name"]).toBe(expected);
      }
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
