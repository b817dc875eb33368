import { archiveFeed } from "@/lib/feeds/respond";

/** /category/[slug]/feed.xml (RSS) and /category/[slug]/atom.xml (Atom). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; feed: string }> }) {
  const { slug, feed } = await params;
  return archiveFeed("category", slug, feed);
}
