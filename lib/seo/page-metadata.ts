import "server-only";
import type { Metadata } from "next";
import { siteConfig } from "@/lib/config";
import { feedAlternates } from "@/lib/feeds/alternates";
import { breadcrumbList } from "./json-ld";

/**
 * Title, description, canonical URL, feeds and sharing tags of a listing page (home or an archive). A later page
 * (`page` over 1) is its own page to search engines and to whoever shares it: its own address as canonical, and its
 * number in the title, the description and the sharing tags.
 */
export function listingMetadata({ title, description, path, page = 1 }: { title?: string; description: string; path: string; page?: number }): Metadata {
  const site = siteConfig();
  const shownTitle = title ?? site.name;
  const url = page > 1 ? `${path}?page=${page}` : path;
  const pageTitle = page > 1 ? `${title ?? "Latest news"}, page ${page}` : title;
  const pageDescription = page > 1 ? `${description} (page ${page})` : description;
  const sharedTitle = pageTitle ?? shownTitle;
  return {
    ...(pageTitle ? { title: pageTitle } : {}),
    description: pageDescription,
    alternates: { canonical: url, types: feedAlternates({ path, title: shownTitle }) },
    openGraph: { type: "website", url, title: sharedTitle, description: pageDescription, siteName: site.name, images: [{ url: "/logo.png", width: 512, height: 512, alt: site.name }] },
    twitter: { card: "summary", title: sharedTitle, description: pageDescription },
  };
}

/** The same for one of the site's own pages (db/queries/site-pages.ts), which has no feed of its own: the site's are named. */
export function sitePageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const metadata = listingMetadata({ title, description, path });
  return { ...metadata, alternates: { canonical: path, types: feedAlternates() } };
}

/** Home › archive, for the archive pages' structured data. */
export function archiveBreadcrumbs(name: string, path: string) {
  return breadcrumbList(siteConfig().url, [
    { name: "Home", path: "/" },
    { name, path },
  ]);
}
