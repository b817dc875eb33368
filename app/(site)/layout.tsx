import { connection } from "next/server";
import { SiteChrome } from "@/components/site/SiteChrome";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  // The header lists categories from the database: read per request, never at build time.
  await connection();
  return <SiteChrome>{children}</SiteChrome>;
}
