import type { SitePageHit } from "@/db/queries/site-page-search";
import { Highlighted } from "./Highlighted";

/** The site's own pages a search found (About, a corrections policy…), above the articles, as WordPress lists them. */
export function SitePageResults({ hits }: { hits: SitePageHit[] }) {
  return (
    <section className="search-pages" aria-labelledby="search-pages-heading">
      <h2 id="search-pages-heading" className="search-pages__heading">
        Site pages
      </h2>
      <ul className="search-pages__list">
        {hits.map((hit) => (
          <li key={hit.slug}>
            <h3>
              <a href={`/${hit.slug}`}>
                <Highlighted text={hit.title} />
              </a>
            </h3>
            <p className="search-results__snippet">
              <Highlighted text={hit.snippet} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
