import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteChrome } from "@/components/site/SiteChrome";
import { feedAlternates } from "@/lib/feeds/alternates";

// Every reader page names the site's feeds; pages that set alternates of their own name them again (lib/feeds/alternates.ts).
export function generateMetadata(): Metadata {
  return { alternates: { types: feedAlternates() } };
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  // The header lists categories from the database: read per request, never at build time.
  await connection();
  return <SiteChrome>{children}</SiteChrome>;
}
