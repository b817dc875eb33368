import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { SitePageResults } from "@/components/search/SitePageResults";
import { Pagination } from "@/components/site/Pagination";
import { searchArticles } from "@/db/queries/search";
import { searchSitePages } from "@/db/queries/site-page-search";
import { siteConfig } from "@/lib/config";
import { pageParam } from "@/lib/paging";

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

function queryOf(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value ?? "").trim().slice(0, 2000);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf((await searchParams).q);
  // Result pages are for readers, not for search engines.
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const q = queryOf(params.q);
  const page = pageParam(params.page);
  const results = q ? searchArticles(q, new Date(), page, 10) : null;
  const sitePages = q ? searchSitePages(q) : { hits: [], total: 0 };
  const total = (results?.total ?? 0) + sitePages.total;
  // Past the last page of results, as on every listing: not found, rather than the last page again.
  if (results && total > 0 && page > results.pageCount) notFound();
  return (
    <section className="search-page">
      <h1>Search</h1>
      <SearchForm query={q} id="search-page-input" className="search-form search-form--large" name="Search again" />
      {results === null ? (
        <p className="empty">Type a few words to find articles by their title, summary or text, and the site’s own pages.</p>
      ) : total === 0 ? (
        <p className="search-page__count" role="status">
          No results for “{q}”. Try fewer or different words.
        </p>
      ) : (
        <>
          <p className="search-page__count" role="status">
            {total.toLocaleString("en-US")} {total === 1 ? "result" : "results"} for “{q}”
          </p>
          {results.page === 1 && sitePages.hits.length > 0 && <SitePageResults hits={sitePages.hits} />}
          {results.items.length > 0 && <SearchResults hits={results.items} timeZone={siteConfig().timeZone} />}
          <Pagination basePath="/search" page={results.page} pageCount={results.pageCount} params={{ q }} />
        </>
      )}
    </section>
  );
}
