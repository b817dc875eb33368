import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/article/ArticleList";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { ArchiveHeader } from "@/components/site/ArchiveHeader";
import { Pagination } from "@/components/site/Pagination";
import { listByAuthor } from "@/db/queries/articles";
import { getPublicAuthor } from "@/db/queries/authors";
import { siteConfig } from "@/lib/config";
import { archiveBreadcrumbs, listingMetadata } from "@/lib/seo/page-metadata";
import { JsonLd } from "@/components/seo/JsonLd";
import { pageParam } from "@/lib/paging";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const page = pageParam((await searchParams).page);
  const author = getPublicAuthor((await params).slug);
  return author ? listingMetadata({ title: author.name, description: author.bio || `Articles by ${author.name}.`, path: `/author/${author.slug}`, page }) : { title: "Page not found" };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  await connection();
  const author = getPublicAuthor((await params).slug);
  if (!author) notFound();
  const page = pageParam((await searchParams).page);
  const listing = listByAuthor(author.id, new Date(), page, 12);
  if (page > listing.pageCount) notFound();
  return (
    <>
      <JsonLd data={archiveBreadcrumbs(author.name, `/author/${author.slug}`)} />
      <ArchiveHeader kind="Author" title={author.name} description={author.bio} total={listing.total}>
        {author.avatar ? <ResponsiveImage id={author.avatar.id} width={author.avatar.width} height={author.avatar.height} alt={`Portrait of ${author.name}`} sizes="96px" className="avatar" /> : null}
        {author.publicEmail ? (
          <p>
            Email: <a href={`mailto:${author.publicEmail}`}>{author.publicEmail}</a>
          </p>
        ) : null}
      </ArchiveHeader>
      <ArticleList articles={listing.items} timeZone={siteConfig().timeZone} headingLevel={2} />
      <Pagination basePath={`/author/${author.slug}`} page={listing.page} pageCount={listing.pageCount} />
    </>
  );
}
