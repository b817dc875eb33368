// Article pages are read, not used: their few interactive parts need no framework (public/article.js), and their
// comment form works as a plain form. So the production server sends them without Next's client runtime: React,
// the router and the page's serialized component tree, about 130 KB of scripts and half the HTML.

// Next's own scripts and their preloads; JSON-LD and the page's own script stay.
const nextScript = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const nextPreload = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>/g;
const nextInline = /<script\b(?:\s+id="_R_")?>(?:\(self\.__next_f|self\.__next_f|\(globalThis\["TURBOPACK"\])[\s\S]*?<\/script>/g;
// React's streaming SSR reveals late content with inline scripts; a page that streams needs its runtime.
const streamed = /<!--\$\?-->|\$RC\(/;

/** The article page's HTML without Next's client runtime, or unchanged when the page needs it (streamed content). */
export function withoutNextRuntime(html) {
  if (streamed.test(html)) return html;
  return html.replace(nextScript, "").replace(nextPreload, "").replace(nextInline, "");
}

// The article header's view count as components/article/ArticleHeader.tsx writes it for readers.
const viewCount = /(<span class="article-meta__views" data-view-count="" data-article-id="(\d{1,15})">)[^<]*(<\/span>)/;

/** "1 View", "12,345 Views": as lib/text.ts's pluralize writes them (a test holds the two together). */
export const viewsText = (n) => `${n.toLocaleString("en-US")} ${n === 1 ? "View" : "Views"}`;

/**
 * Writes the current view count into an article page's HTML, the one thing in it that changes with time and no
 * change marks (lib/server/page-cache.mjs): a page kept in memory stays as fresh as one rendered each minute. Null
 * when the page has no count where ArticleHeader writes it, so that a change to that markup costs renderings, not
 * stale counts.
 *
 * @param {import("better-sqlite3").Database} db
 */
export function liveViewCount(db) {
  const views = db.prepare("SELECT views FROM article_view_totals WHERE article_id = ?").pluck();
  return (html) => {
    const found = viewCount.exec(html);
    if (!found) return null;
    const [whole, open, id, close] = found;
    return html.slice(0, found.index) + open + viewsText(views.get(Number(id)) ?? 0) + close + html.slice(found.index + whole.length);
  };
}
