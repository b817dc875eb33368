// Apart from lib/validation/site-page.ts, so the page editor's form (a client component) gets its maxlengths without
// the Markdown renderer that validation uses.

/** How long a site page's fields may be; its body as long as an article's (lib/validation/article.ts). */
export const sitePageLimits = { title: 120, slug: 80, description: 300, body: 100_000, position: 999 } as const;
