import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { FeedArticle } from "@/db/queries/feed";
import { renderAtom } from "./atom";
import type { Feed } from "./feed";
import { renderRss } from "./rss";
import { absolutizeHtml } from "./xml";

const hostile: FeedArticle = {
  id: 7,
  slug: "tides-and-times",
  title: 'Tides & times: "<script>alert(1)</script>"',
  summary: "Less < more & ]]> end",
  bodyHtml: '<p>Body with ]]> and <a href="/articles/other">a link</a> <img src="/media/abcdefabcdef/1280" srcset="/media/abcdefabcdef/640 640w, /media/abcdefabcdef/1280 1280w"></p>',
  publishedAt: new Date("2026-03-02T10:00:00Z"),
  updatedAt: new Date("2026-03-03T08:30:00Z"),
  authorName: "Maren Holt",
  authorEmail: "maren@dateline.example",
  categoryName: "City",
  tags: ["Harbour", "Ferries & boats"],
  hero: { id: "abcdefabcdef", width: 1600, height: 900, alt: 'The quay at "high" tide & dusk', caption: "Photo: <Port> office" },
  sourceUrl: "https://wire.example/story?id=4&lang=en",
};

const feed: Feed = {
  title: "Dateline",
  description: "News & more",
  siteUrl: "https://news.example",
  pageUrl: "https://news.example",
  rssUrl: "https://news.example/feed.xml",
  atomUrl: "https://news.example/atom.xml",
  madeAt: new Date("2026-03-04T12:00:00Z"),
  articles: [hostile],
};

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: "#cdata" }).parse(xml);

describe("RSS 2.0", () => {
  const xml = renderRss(feed);

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has the channel and item elements the spec requires, and the content intact", () => {
    const { rss } = parse(xml);
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel).toMatchObject({ title: "Dateline", link: "https://news.example", description: "News & more" });
    const item = rss.channel.item;
    expect(item.title).toBe(hostile.title);
    expect(item.link).toBe("https://news.example/articles/tides-and-times");
    expect(item["media:content"]).toMatchObject({ "@url": "https://news.example/media/abcdefabcdef/1280", "@medium": "image", "@width": "1280", "@height": "720" });
    expect(item.guid["#text"]).toBeTruthy();
    expect(new Date(item.pubDate).toISOString()).toBe(hostile.publishedAt.toISOString());
    expect(item["dc:creator"]).toBe("Maren Holt");
    expect(item.category).toEqual(["City", "Harbour", "Ferries & boats"]);
    expect(item.description).toBe(hostile.summary);
    const content = [item["content:encoded"]["#cdata"]].flat().join("");
    expect(content).toContain("Body with ]]> and");
    expect(content).toContain('href="https://news.example/articles/other"');
  });

  it("carries the hero picture with its caption first, and a syndicated piece's source last", () => {
    const content = [parse(xml).rss.channel.item["content:encoded"]["#cdata"]].flat().join("");
    expect(content.startsWith('<figure><img src="https://news.example/media/abcdefabcdef/1280" alt="The quay at &quot;high&quot; tide &amp; dusk"><figcaption>Photo: &lt;Port&gt; office</figcaption></figure>')).toBe(true);
    expect(content.endsWith('<p>Source link: <a href="https://wire.example/story?id=4&amp;lang=en">https://wire.example/story?id=4&amp;lang=en</a></p>')).toBe(true);
  });

  it("names no picture and no source for an article without them", () => {
    const plain = parse(renderRss({ ...feed, articles: [{ ...hostile, hero: null, sourceUrl: null }] })).rss.channel.item;
    expect(plain["media:content"]).toBeUndefined();
    expect([plain["content:encoded"]["#cdata"]].flat().join("")).not.toMatch(/<figure>|Source link/);
  });
});

describe("Atom", () => {
  const xml = renderAtom(feed);

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has the feed and entry elements RFC 4287 requires", () => {
    const f = parse(xml).feed;
    expect(f["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(f.id).toBe("https://news.example/atom.xml");
    expect(f.title["#text"]).toBe("Dateline");
    expect(f.updated).toBe("2026-03-03T08:30:00.000Z");
    const entry = f.entry;
    expect(entry.id).toBeTruthy();
    expect(entry.title["#text"]).toBe(hostile.title);
    expect(entry.updated).toBe("2026-03-03T08:30:00.000Z");
    expect(entry.published).toBe("2026-03-02T10:00:00.000Z");
    const links = [entry.link].flat();
    expect(links.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual([
      ["alternate", "https://news.example/articles/tides-and-times"],
      ["enclosure", "https://news.example/media/abcdefabcdef/1280"],
      ["via", "https://wire.example/story?id=4&lang=en"],
    ]);
    expect(entry.author.name).toBe("Maren Holt");
    expect(entry.content["@type"]).toBe("html");
    expect(entry.content["#text"]).toContain("Body with ]]> and");
    expect(entry.content["#text"]).toMatch(/^<figure><img src="https:\/\/news\.example\/media\/abcdefabcdef\/1280"/);
  });
});

describe("dates after a scheduled article goes live", () => {
  // Edited on the 1st, live on the 5th: its updatedAt is older than its publish time.
  const scheduled: FeedArticle = { ...hostile, id: 8, slug: "went-live", publishedAt: new Date("2026-03-05T06:00:00Z"), updatedAt: new Date("2026-03-01T17:00:00Z") };
  const both: Feed = { ...feed, articles: [scheduled, hostile] };

  it("dates the Atom feed and entry no earlier than the publish time", () => {
    const f = parse(renderAtom(both)).feed;
    expect(f.updated).toBe("2026-03-05T06:00:00.000Z");
    expect(f.entry[0].updated).toBe("2026-03-05T06:00:00.000Z");
  });

  it("gives RSS the latest change of any item as lastBuildDate", () => {
    expect(new Date(parse(renderRss(both)).rss.channel.lastBuildDate).toISOString()).toBe("2026-03-05T06:00:00.000Z");
    expect(new Date(parse(renderRss({ ...feed, articles: [hostile, scheduled] })).rss.channel.lastBuildDate).toISOString()).toBe("2026-03-05T06:00:00.000Z");
  });
});

describe("a feed without articles", () => {
  // A category with no articles yet, or an author with only drafts.
  const empty: Feed = { ...feed, articles: [] };

  it("has no RSS lastBuildDate rather than one in 1970", () => {
    const xml = renderRss(empty);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).rss.channel).not.toHaveProperty("lastBuildDate");
  });

  it("dates the Atom feed, which must have an <updated>, when it was made rather than in 1970", () => {
    const xml = renderAtom(empty);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).feed.updated).toBe(feed.madeAt.toISOString());
  });
});

describe("absolutizeHtml", () => {
  const articleUrl = "https://news.example/articles/tides-and-times";

  it("gives site-relative links, images and srcset entries the site's address, and leaves absolute ones", () => {
    const html = absolutizeHtml('<a href="/x">x</a><a href="https://other.example/y">y</a><a href="mailto:desk@news.example">m</a><img src="/m/1" srcset="/m/1 640w, /m/2 1280w">', articleUrl);
    expect(html).toBe('<a href="https://news.example/x">x</a><a href="https://other.example/y">y</a><a href="mailto:desk@news.example">m</a><img src="https://news.example/m/1" srcset="https://news.example/m/1 640w, https://news.example/m/2 1280w">');
  });

  it("leaves text that reads like an attribute", () => {
    expect(absolutizeHtml('<p>Write href="x" to link.</p>', articleUrl)).toBe('<p>Write href="x" to link.</p>');
  });

  it("resolves path-relative and fragment links against the article, not the feed they are read in", () => {
    const html = absolutizeHtml('<a href="#notes">n</a><a href="../category/city">c</a><a href="other-story?a=1&amp;b=2">o</a>', articleUrl);
    expect(html).toBe('<a href="https://news.example/articles/tides-and-times#notes">n</a><a href="https://news.example/category/city">c</a><a href="https://news.example/articles/other-story?a=1&amp;b=2">o</a>');
  });
});

describe("feed content links", () => {
  const notes: FeedArticle = { ...hostile, bodyHtml: '<p><a href="#notes">Notes</a> and <a href="sister-story">more</a></p>' };

  it.each([
    ["RSS", () => [parse(renderRss({ ...feed, articles: [notes] })).rss.channel.item["content:encoded"]["#cdata"]].flat().join("")],
    ["Atom", () => parse(renderAtom({ ...feed, articles: [notes] })).feed.entry.content["#text"] as string],
  ])("point from the %s content into the article's own address", (_, content) => {
    expect(content()).toContain('href="https://news.example/articles/tides-and-times#notes"');
    expect(content()).toContain('href="https://news.example/articles/sister-story"');
  });
});
