import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/article/ArticleList";
import { LeadStory } from "@/components/article/LeadStory";
import { MostViewed } from "@/components/article/MostViewed";
import { Pagination } from "@/components/site/Pagination";
import { getLeadStory, listLatest, listMostViewed } from "@/db/queries/articles";
import { siteConfig } from "@/lib/config";
import { dayKey, shiftDay } from "@/lib/dates";
import { otherRequestsFirst } from "@/lib/other-requests-first";
import { pageParam } from "@/lib/paging";
import { listingMetadata } from "@/lib/seo/page-metadata";

const perPage = 12;

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageParam((await searchParams).page);
  return listingMetadata({ description: `The latest news from ${siteConfig().name}: the city, business, science and culture.`, path: "/", page });
}

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const page = pageParam((await searchParams).page);
  const { timeZone } = siteConfig();
  const now = new Date();
  // At 100,000 articles the latest articles, the most viewed and the rendering each hold the request thread for
  // 10-25 ms; in one stretch they held it for 30-50 ms, and the requests the page cache answers waited for all of it.
  await otherRequestsFirst();
  const lead = getLeadStory(now);
  const latest = listLatest(now, page, perPage, lead?.id);
  if (page > latest.pageCount) notFound();
  await otherRequestsFirst();
  const mostViewed = listMostViewed(now, shiftDay(dayKey(now, timeZone), 6), 5);
  await otherRequestsFirst();

  return (
    <div className="home">
      <h1 className="visually-hidden">Latest news</h1>
      {page === 1 ? (
        <div className="home__top">
          {lead ? <LeadStory article={lead} timeZone={timeZone} /> : <p className="empty">Nothing has been published yet.</p>}
          <MostViewed articles={mostViewed} />
        </div>
      ) : null}
      <section aria-labelledby="latest-title" className="home__latest">
        <h2 id="latest-title" className="section-title">
          Latest
        </h2>
        <ArticleList articles={latest.items} timeZone={timeZone} />
        <Pagination basePath="/" page={latest.page} pageCount={latest.pageCount} />
      </section>
    </div>
  );
}
