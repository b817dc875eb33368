import { DomUtils, parseDocument } from "htmlparser2";
import { createElement, Fragment } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PublicArticle } from "@/db/queries/article-page";
import { articleBodyAllowlist, readerPageAllowlist } from "@/lib/testing/html-allowlist";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { cases, createArticle, editor, expectClean, heroImageId, html, noControls, renderEverywhere, revisionCount, row, saveField, setUpXssSuite, textOf, type ArticleField, type Held } from "@/lib/testing/xss-harness";
import { xssPayloads } from "@/lib/testing/xss-payloads";
import { articleLimits } from "@/lib/validation/article";
import HomePage from "./(site)/page";
import AuthorPage from "./(site)/author/[slug]/page";

/*
 * Every payload of the XSS corpus through the article's words as an editor saves them (the Server Action, signed in):
 * title, excerpt, hero caption and alt text, and the Markdown body. Then through what readers get: the reader
 * components fed by the real queries, the front page and author page listings, JSON-LD and the RSS and Atom feeds.
 * The rendered HTML must stay inside the allowlist, plain-text fields must come back as the same text, and refused
 * input must leave nothing behind. Shared setup and helpers: lib/testing/xss-harness.ts.
 */

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// Outside a running Next server there is no request scope for connection() to wait on.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
setUpTempDatabase();
setUpXssSuite();

// Articles: one article per field, updated payload by payload.

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
expectText("excerpt", articleLimits.excerpt, (article) => article.summary);
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
