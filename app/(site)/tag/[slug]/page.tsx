import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/article/ArticleList";
import { ArchiveHeader } from "@/components/site/ArchiveHeader";
import { Pagination } from "@/components/site/Pagination";
import { listByTag } from "@/db/queries/articles";
import { getTagBySlug } from "@/db/queries/taxonomy";
import { siteConfig } from "@/lib/config";
import { archiveBreadcrumbs, listingMetadata } from "@/lib/seo/page-metadata";
import { JsonLd } from "@/components/seo/JsonLd";
import { pageParam } from "@/lib/paging";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const page = pageParam((await searchParams).page);
  const tag = getTagBySlug((await params).slug);
  return tag ? listingMetadata({ title: `Tagged “${tag.name}”`, description: tag.description || `Articles tagged “${tag.name}”.`, path: `/tag/${tag.slug}`, page }) : { title: "Page not found" };
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const tag = getTagBySlug((await params).slug);
  if (!tag) notFound();
  const page = pageParam((await searchParams).page);
  const listing = listByTag(tag.id, new Date(), page, 12);
  // A tag only unpublished work carries is not shown: it would tell readers what is being written.
  if (page > listing.pageCount || listing.total === 0) notFound();
  return (
    <>
      <JsonLd data={archiveBreadcrumbs(tag.name, `/tag/${tag.slug}`)} />
      <ArchiveHeader kind="Tag" title={tag.name} description={tag.description} total={listing.total} />
      <ArticleList articles={listing.items} timeZone={siteConfig().timeZone} headingLevel={2} />
      <Pagination basePath={`/tag/${tag.slug}`} page={listing.page} pageCount={listing.pageCount} />
    </>
  );
}
