import { connection } from "next/server";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteChrome } from "@/components/site/SiteChrome";

export const metadata = { title: "Page not found" };

/** For addresses no route matches: the same helpful page, inside the site's frame. */
export default async function NotFound() {
  await connection();
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
