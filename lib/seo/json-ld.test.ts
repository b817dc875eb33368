import { describe, expect, it } from "vitest";
import { breadcrumbList, newsArticle } from "./json-ld";

describe("JSON-LD", () => {
  const input = {
    siteUrl: "https://news.example",
    siteName: "Dateline",
    url: "https://news.example/articles/a",
    headline: "A headline",
    description: "An excerpt",
    imageUrl: "https://news.example/media/x/1280",
    publishedAt: new Date("2026-01-01T10:00:00Z"),
    updatedAt: new Date("2026-01-02T10:00:00Z"),
    section: "City",
    keywords: ["Harbour"],
    author: { name: "Maren Holt", path: "/author/maren-holt" },
  };

  it("describes a NewsArticle with the fields Google asks for", () => {
    const data = newsArticle(input);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "A headline",
      image: ["https://news.example/media/x/1280"],
      datePublished: "2026-01-01T10:00:00.000Z",
      dateModified: "2026-01-02T10:00:00.000Z",
      articleSection: "City",
      author: [{ "@type": "Person", name: "Maren Holt", url: "https://news.example/author/maren-holt" }],
      publisher: { "@type": "Organization", name: "Dateline" },
    });
  });

  describe("a headline over Google's 110 characters", () => {
    const headlineOf = (headline: string) => (newsArticle({ ...input, headline }) as { headline: string }).headline;

    it("is cut after the last whole word that fits, with an ellipsis", () => {
      const headline = `${"Harbour ".repeat(13)}ferries return`; // 118 characters; "Harbour" ends at 103
      expect(headlineOf(headline)).toBe(`${"Harbour ".repeat(13).trimEnd()}…`);
    });

    it("is cut by characters, never between the halves of an emoji", () => {
      // 121 characters, 201 UTF-16 units: an emoji takes two, and the 110th unit is the first half of one.
      const headline = `a${" 🌊🌊".repeat(40)}`;
      const shortened = headlineOf(headline);
      expect(shortened).toBe(`a${" 🌊🌊".repeat(36)}…`);
      expect(shortened.isWellFormed()).toBe(true);
    });

    it("has no ellipsis when the words that fit fill all 110 characters", () => {
      const fits = `${"a".repeat(55)} ${"b".repeat(54)}`;
      expect(headlineOf(`${fits} more`)).toBe(fits);
    });

    it("keeps a headline of 110 characters whole", () => {
      const headline = `${"word ".repeat(21)}words`;
      expect(headlineOf(headline)).toBe(headline);
    });
  });

  it("numbers breadcrumbs from 1 with absolute URLs", () => {
    expect(breadcrumbList("https://news.example", [{ name: "Home", path: "/" }, { name: "City", path: "/category/city" }])).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://news.example/" },
        { "@type": "ListItem", position: 2, name: "City", item: "https://news.example/category/city" },
      ],
    });
  });
});
