import Link from "next/link";
import type { ArticleSummary } from "@/db/queries/articles";
import { formatLongDate } from "@/lib/dates";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { pluralize } from "@/lib/text";

type Props = { article: ArticleSummary; timeZone: string; showCategory?: boolean };

export function ArticleCard({ article, timeZone, showCategory = true }: Props) {
  return (
    <article className="card">
      {article.heroImageId && article.heroWidth && article.heroHeight ? (
        <Link href={`/articles/${article.slug}`} className="card__image" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage id={article.heroImageId} width={article.heroWidth} height={article.heroHeight} alt="" sizes="(max-width: 760px) 100vw, 360px" />
        </Link>
      ) : null}
      <div className="card__text">
        {showCategory ? (
          <Link href={`/category/${article.categorySlug}`} className="kicker">
            {article.categoryName}
          </Link>
        ) : null}
        <h3 className="card__title">
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </h3>
        <p className="card__excerpt">{article.excerpt}</p>
        <p className="byline">
          By <Link href={`/author/${article.authorSlug}`}>{article.authorName}</Link> ·{" "}
          <time dateTime={article.publishedAt.toISOString()}>{formatLongDate(article.publishedAt, timeZone)}</time> ·{" "}
          {pluralize(article.commentCount, "comment")}
        </p>
      </div>
    </article>
  );
}
