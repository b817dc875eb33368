import "server-only";
import { listCategories } from "@/db/queries/taxonomy";
import { siteConfig } from "@/lib/config";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** The reader site's frame: header with sections, the page, footer. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  const site = siteConfig();
  return (
    <div className="site">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader siteName={site.name} categories={listCategories()} />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter siteName={site.name} />
    </div>
  );
}
