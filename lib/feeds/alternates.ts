import { siteConfig } from "@/lib/config";

type Channel = { path: string; title: string };

/**
 * The <link rel="alternate"> entries for a reader page's feeds, as Next metadata `alternates.types`: an archive's own
 * feeds first, when the page is one, then the site's, which every reader page names. Next replaces a layout's whole
 * `alternates` with a page's, so a page that sets its own (for a canonical URL) must include these itself.
 */
export function feedAlternates(archive?: Channel) {
  const channels = [...(archive && archive.path !== "/" ? [archive] : []), { path: "/", title: siteConfig().name }];
  const links = (file: string, format: string) => channels.map((c) => ({ url: `${c.path === "/" ? "" : c.path}/${file}`, title: `${c.title} (${format})` }));
  return { "application/rss+xml": links("feed.xml", "RSS"), "application/atom+xml": links("atom.xml", "Atom") };
}
