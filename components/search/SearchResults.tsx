import type { SearchHit } from "@/db/queries/search";
import { formatLongDate } from "@/lib/dates";
import { Highlighted } from "./Highlighted";

export function SearchResults({ hits, timeZone }: { hits: SearchHit[]; timeZone: string }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <a href={`/category/${hit.categorySlug}`} className="kicker">
            {hit.categoryName}
          </a>
          <h2>
            <a href={`/articles/${hit.slug}`}>
              <Highlighted text={hit.title} />
            </a>
          </h2>
          <p className="search-results__snippet">
            <Highlighted text={hit.snippet} />
          </p>
          <p className="byline">
            By {hit.authorName} · <time dateTime={hit.publishedAt.toISOString()}>{formatLongDate(hit.publishedAt, timeZone)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
