import "server-only";
import { sitePageLinks } from "@/db/queries/site-pages";
import { listCategories } from "@/db/queries/taxonomy";
import { siteConfig } from "@/lib/config";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** The reader site's frame: header with sections (and the pages chosen for the menu), the page, footer with every page. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  const site = siteConfig();
  const pages = sitePageLinks();
  return (
    <div className="site">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader siteName={site.name} categories={listCategories()} pages={pages.filter((p) => p.inMenu)} />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter siteName={site.name} pages={pages} />
    </div>
  );
}
