"use client";

import { useEffect, useState } from "react";

/**
 * Shows the article's views and counts this one: the page may come from a cache, so the count is asked of the
 * counting endpoint once the page is really shown (not while it is only prerendered), and its answer replaces the number.
 */
export function ViewCount({ articleId, initialViews }: { articleId: number; initialViews: number }) {
  const [views, setViews] = useState(initialViews);

  useEffect(() => {
    let active = true;
    const count = () =>
      fetch(`/api/views/${articleId}`, { method: "POST", keepalive: true, credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : null))
        .then((data: { views?: number } | null) => {
          if (active && typeof data?.views === "number") setViews(data.views);
        })
        .catch(() => {});
    // Speculation-rules prerendering runs the page before the reader sees it, if ever.
    if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener("prerenderingchange", count, { once: true });
    else count();
    return () => {
      active = false;
    };
  }, [articleId]);

  return (
    <span className="article-meta__views" data-view-count>
      {views.toLocaleString("en-US")} {views === 1 ? "View" : "Views"}
    </span>
  );
}
