import { ArticleBody } from "@/components/article/ArticleBody";

/** One of the site's own pages as readers see it, and as its preview shows it: its title and its sanitized text. */
export function SitePageArticle({ title, bodyHtml, children }: { title: string; bodyHtml: string; children?: React.ReactNode }) {
  return (
    <article className="article">
      {children}
      <h1 className="article-title">{title}</h1>
      <ArticleBody html={bodyHtml} />
    </article>
  );
}
