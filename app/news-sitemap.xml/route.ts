import { connection } from "next/server";
import { newsSitemapResponse } from "@/lib/seo/sitemaps";

export async function GET() {
  await connection();
  return newsSitemapResponse();
}
