/** The article body: HTML rendered from Markdown and sanitized on save by lib/markdown, never raw editor input. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
