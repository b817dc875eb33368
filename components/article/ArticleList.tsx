import type { ArticleSummary } from "@/db/queries/articles";
import { ArticleCard } from "./ArticleCard";

type Props = { articles: ArticleSummary[]; timeZone: string; showCategory?: boolean; emptyText?: string; headingLevel?: 2 | 3 };

export function ArticleList({ articles, timeZone, showCategory, emptyText = "No articles here yet.", headingLevel }: Props) {
  if (articles.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <div className="card-grid">
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} timeZone={timeZone} showCategory={showCategory} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
