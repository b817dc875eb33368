import { archiveFeed } from "@/lib/feeds/respond";

/** /tag/[slug]/feed.xml (RSS) and /tag/[slug]/atom.xml (Atom). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; feed: string }> }) {
  const { slug, feed } = await params;
  return archiveFeed("tag", slug, feed);
}
