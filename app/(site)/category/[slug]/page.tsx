import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/article/ArticleList";
import { ArchiveHeader } from "@/components/site/ArchiveHeader";
import { Pagination } from "@/components/site/Pagination";
import { listByCategory } from "@/db/queries/articles";
import { getCategoryBySlug } from "@/db/queries/taxonomy";
import { siteConfig } from "@/lib/config";
import { archiveBreadcrumbs, listingMetadata } from "@/lib/seo/page-metadata";
import { JsonLd } from "@/components/seo/JsonLd";
import { pageParam } from "@/lib/paging";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const page = pageParam((await searchParams).page);
  const category = getCategoryBySlug((await params).slug);
  return category ? listingMetadata({ title: category.name, description: category.description || `${category.name} news.`, path: `/category/${category.slug}`, page }) : { title: "Page not found" };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  await connection();
  const category = getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const page = pageParam((await searchParams).page);
  const listing = listByCategory(category.id, new Date(), page, 12);
  if (page > listing.pageCount) notFound();
  return (
    <>
      <JsonLd data={archiveBreadcrumbs(category.name, `/category/${category.slug}`)} />
      <ArchiveHeader kind="Section" title={category.name} description={category.description} total={listing.total} />
      <ArticleList articles={listing.items} timeZone={siteConfig().timeZone} headingLevel={2} showCategory={false} />
      <Pagination basePath={`/category/${category.slug}`} page={listing.page} pageCount={listing.pageCount} />
    </>
  );
}
