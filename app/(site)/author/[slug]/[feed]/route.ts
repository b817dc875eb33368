import { archiveFeed } from "@/lib/feeds/respond";

/** /author/[slug]/feed.xml (RSS) and /author/[slug]/atom.xml (Atom). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; feed: string }> }) {
  const { slug, feed } = await params;
  return archiveFeed("author", slug, feed);
}
