import type { ArticleSummary } from "@/db/queries/articles";

export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <aside className="related" aria-labelledby="related-title">
      <h2 id="related-title">Related articles</h2>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <a href={`/category/${a.categorySlug}`} className="kicker">
              {a.categoryName}
            </a>
            <a href={`/articles/${a.slug}`} className="related__title">
              {a.title}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
