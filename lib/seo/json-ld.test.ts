import { describe, expect, it } from "vitest";
import { breadcrumbList, newsArticle } from "./json-ld";

describe("JSON-LD", () => {
  it("describes a NewsArticle with the fields Google asks for", () => {
    const data = newsArticle({
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
    });
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
