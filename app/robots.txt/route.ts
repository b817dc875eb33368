import { connection } from "next/server";
import { robotsTxt } from "@/lib/seo/sitemaps";

export async function GET() {
  await connection();
  return robotsTxt();
}
