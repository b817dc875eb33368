import "server-only";
import type { Metadata } from "next";
import { siteConfig } from "@/lib/config";
import { feedAlternates } from "@/lib/feeds/respond";
import { breadcrumbList } from "./json-ld";

/** Title, description, canonical URL, feeds and sharing tags of a listing page (home or an archive). */
export function listingMetadata({ title, description, path }: { title?: string; description: string; path: string }): Metadata {
  const site = siteConfig();
  const shownTitle = title ?? site.name;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(path, shownTitle) },
    openGraph: { type: "website", url: path, title: shownTitle, description, siteName: site.name, images: [{ url: "/logo.png", width: 512, height: 512, alt: site.name }] },
    twitter: { card: "summary", title: shownTitle, description },
  };
}

/** Home › archive, for the archive pages' structured data. */
export function archiveBreadcrumbs(name: string, path: string) {
  return breadcrumbList(siteConfig().url, [
    { name: "Home", path: "/" },
    { name, path },
  ]);
}
