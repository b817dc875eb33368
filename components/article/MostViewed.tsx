import type { ArticleSummary } from "@/db/queries/articles";
import { pluralize } from "@/lib/text";

type Ranked = ArticleSummary & { recentViews: number };

export function MostViewed({ articles }: { articles: Ranked[] }) {
  return (
    <section className="most-viewed" aria-labelledby="most-viewed-title">
      <h2 id="most-viewed-title">Most viewed</h2>
      <p className="most-viewed__note">Past 7 days</p>
      {articles.length === 0 ? (
        <p className="empty">No views counted this week yet.</p>
      ) : (
        <ol>
          {articles.map((a) => (
            <li key={a.id}>
              <a href={`/articles/${a.slug}`}>{a.title}</a>
              <span className="most-viewed__count">{pluralize(a.recentViews, "view")}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
