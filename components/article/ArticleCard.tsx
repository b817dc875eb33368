import type { ArticleSummary } from "@/db/queries/articles";
import { formatLongDate } from "@/lib/dates";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { pluralize } from "@/lib/text";

type Props = { article: ArticleSummary; timeZone: string; showCategory?: boolean };

export function ArticleCard({ article, timeZone, showCategory = true }: Props) {
  return (
    <article className="card">
      {article.heroImageId && article.heroWidth && article.heroHeight ? (
        <a href={`/articles/${article.slug}`} className="card__image" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage id={article.heroImageId} width={article.heroWidth} height={article.heroHeight} alt="" sizes="(max-width: 760px) 100vw, 360px" />
        </a>
      ) : null}
      <div className="card__text">
        {showCategory ? (
          <a href={`/category/${article.categorySlug}`} className="kicker">
            {article.categoryName}
          </a>
        ) : null}
        <h3 className="card__title">
          <a href={`/articles/${article.slug}`}>{article.title}</a>
        </h3>
        <p className="card__excerpt">{article.excerpt}</p>
        <p className="byline">
          By <a href={`/author/${article.authorSlug}`}>{article.authorName}</a> ·{" "}
          <time dateTime={article.publishedAt.toISOString()}>{formatLongDate(article.publishedAt, timeZone)}</time> ·{" "}
          {pluralize(article.commentCount, "comment")}
        </p>
      </div>
    </article>
  );
}
