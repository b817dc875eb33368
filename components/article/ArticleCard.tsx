import type { ArticleSummary } from "@/db/queries/articles";
import { formatLongDate } from "@/lib/dates";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { pluralize } from "@/lib/text";

/** `headingLevel`: 2 where the cards sit right under the page's h1 (archives), 3 under a section's h2 (home). */
type Props = { article: ArticleSummary; timeZone: string; showCategory?: boolean; headingLevel?: 2 | 3 };

export function ArticleCard({ article, timeZone, showCategory = true, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
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
        <Heading className="card__title">
          <a href={`/articles/${article.slug}`}>{article.title}</a>
        </Heading>
        <p className="card__excerpt">{article.summary}</p>
        <p className="byline">
          By <a href={`/author/${article.authorSlug}`}>{article.authorName}</a> ·{" "}
          <time dateTime={article.publishedAt.toISOString()}>{formatLongDate(article.publishedAt, timeZone)}</time> ·{" "}
          {pluralize(article.commentCount, "comment")}
        </p>
      </div>
    </article>
  );
}
