import "server-only";
import { getPublicAuthor } from "@/db/queries/authors";
import { feedArticles, type FeedScope } from "@/db/queries/feed";
import { getCategoryBySlug, getTagBySlug } from "@/db/queries/taxonomy";
import { siteConfig } from "@/lib/config";
import { renderAtom } from "./atom";
import type { Feed } from "./feed";
import { renderRss } from "./rss";

export type ArchiveKind = "category" | "tag" | "author";
export const feedFiles = { "feed.xml": "rss", "atom.xml": "atom" } as const;
export type FeedFile = keyof typeof feedFiles;

const feedLength = 30;

type Channel = { scope: FeedScope; title: string; description: string; path: string };

function archiveChannel(kind: ArchiveKind, slug: string, siteName: string): Channel | undefined {
  if (kind === "category") {
    const c = getCategoryBySlug(slug);
    return c && { scope: { kind, id: c.id }, title: `${c.name} | ${siteName}`, description: c.description || `${c.name} news from ${siteName}.`, path: `/category/${c.slug}` };
  }
  if (kind === "tag") {
    const t = getTagBySlug(slug);
    return t && { scope: { kind, id: t.id }, title: `${t.name} | ${siteName}`, description: t.description || `Articles tagged “${t.name}” on ${siteName}.`, path: `/tag/${t.slug}` };
  }
  const a = getPublicAuthor(slug);
  return a && { scope: { kind, id: a.id }, title: `${a.name} | ${siteName}`, description: `Articles by ${a.name} on ${siteName}.`, path: `/author/${a.slug}` };
}

const notFound = () => new Response("Not found", { status: 404 });

function respond(channel: Channel, file: FeedFile): Response {
  const site = siteConfig();
  const now = new Date();
  const articles = feedArticles(channel.scope, now, feedLength);
  // A tag only unpublished work carries has no feed, as it has no page (app/(site)/tag): it would tell what is coming.
  if (channel.scope.kind === "tag" && articles.length === 0) return notFound();
  const feed: Feed = {
    title: channel.title,
    description: channel.description,
    siteUrl: site.url,
    pageUrl: `${site.url}${channel.path === "/" ? "" : channel.path}`,
    rssUrl: `${site.url}${channel.path === "/" ? "" : channel.path}/feed.xml`,
    atomUrl: `${site.url}${channel.path === "/" ? "" : channel.path}/atom.xml`,
    madeAt: now,
    articles,
  };
  const rss = feedFiles[file] === "rss";
  return new Response(rss ? renderRss(feed) : renderAtom(feed), {
    headers: { "Content-Type": rss ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export function siteFeed(file: FeedFile): Response {
  const site = siteConfig();
  return respond({ scope: { kind: "site" }, title: site.name, description: `The latest news from ${site.name}.`, path: "/" }, file);
}

/** A category, tag or author feed; 404 for an unknown archive or file name. */
export function archiveFeed(kind: ArchiveKind, slug: string, file: string): Response {
  const channel = file in feedFiles ? archiveChannel(kind, slug, siteConfig().name) : undefined;
  return channel ? respond(channel, file as FeedFile) : notFound();
}
