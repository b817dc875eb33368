import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { JsonLd } from "@/components/seo/JsonLd";
import { SitePageArticle } from "@/components/site/SitePageArticle";
import { getSitePage, sitePageMovedTo } from "@/db/queries/site-pages";
import { htmlToText } from "@/lib/markdown";
import { archiveBreadcrumbs, sitePageMetadata } from "@/lib/seo/page-metadata";
import { shortenAtWord } from "@/lib/text";

// The site's own pages (About, a corrections policy…), at the root as in WordPress: every other address the app
// answers at its first level is a folder of app/, which Next matches before this one.
type Props = { params: Promise<{ page: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The page at its address. Otherwise a permanent redirect, query kept: from an address a page gave up to where it
 * moved, and from an address typed or shared with capitals to its lowercase form, as the other reader addresses have.
 */
async function pageAt({ params, searchParams }: Props) {
  const slug = (await params).page;
  const page = getSitePage(slug);
  if (page) return page;
  const lower = slug.toLowerCase();
  const target = lower !== slug && getSitePage(lower) ? lower : sitePageMovedTo(lower);
  if (!target) return undefined;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) for (const one of [value ?? []].flat()) query.append(name, one);
  const search = query.toString();
  permanentRedirect(`/${target}${search ? `?${search}` : ""}`);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  const page = await pageAt(props);
  if (!page) return { title: "Page not found" };
  return sitePageMetadata({ title: page.title, description: page.description || shortenAtWord(htmlToText(page.bodyHtml), 160), path: `/${page.slug}` });
}

export default async function SitePage(props: Props) {
  await connection();
  const page = await pageAt(props);
  if (!page) notFound();
  return (
    <SitePageArticle title={page.title} bodyHtml={page.bodyHtml}>
      <JsonLd data={archiveBreadcrumbs(page.title, `/${page.slug}`)} />
    </SitePageArticle>
  );
}
