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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const category = getCategoryBySlug((await params).slug);
  return category ? listingMetadata({ title: category.name, description: category.description || `${category.name} news.`, path: `/category/${category.slug}` }) : { title: "Page not found" };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  await connection();
  const category = getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const listing = listByCategory(category.id, new Date(), pageParam((await searchParams).page), 12);
  return (
    <>
      <JsonLd data={archiveBreadcrumbs(category.name, `/category/${category.slug}`)} />
      <ArchiveHeader kind="Section" title={category.name} description={category.description} total={listing.total} />
      <ArticleList articles={listing.items} timeZone={siteConfig().timeZone} showCategory={false} />
      <Pagination basePath={`/category/${category.slug}`} page={listing.page} pageCount={listing.pageCount} />
    </>
  );
}
