import { sitemapPartResponse } from "@/lib/seo/sitemaps";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapPartResponse((await params).file);
}
