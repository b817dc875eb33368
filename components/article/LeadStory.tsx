import Link from "next/link";
import type { ArticleSummary } from "@/db/queries/articles";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { formatLongDate } from "@/lib/dates";

export function LeadStory({ article, timeZone }: { article: ArticleSummary; timeZone: string }) {
  return (
    <article className="lead">
      {article.heroImageId && article.heroWidth && article.heroHeight ? (
        <Link href={`/articles/${article.slug}`} className="lead__image" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            id={article.heroImageId}
            width={article.heroWidth}
            height={article.heroHeight}
            alt=""
            sizes="(max-width: 760px) 100vw, 740px"
            priority
          />
        </Link>
      ) : null}
      <div className="lead__text">
        <Link href={`/category/${article.categorySlug}`} className="kicker">
          {article.categoryName}
        </Link>
        <h2 className="lead__title">
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </h2>
        <p className="lead__excerpt">{article.excerpt}</p>
        <p className="byline">
          By <Link href={`/author/${article.authorSlug}`}>{article.authorName}</Link> ·{" "}
          <time dateTime={article.publishedAt.toISOString()}>{formatLongDate(article.publishedAt, timeZone)}</time>
        </p>
      </div>
    </article>
  );
}
