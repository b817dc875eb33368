import { connection } from "next/server";
import { sitemapResponse } from "@/lib/seo/sitemaps";

export async function GET() {
  await connection();
  return sitemapResponse();
}
