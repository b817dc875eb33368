import Database from "better-sqlite3";

/** Words and phrases the generated articles are made of (db/seed/bulk.ts), so every search finds something. */
export const searchQueries = [
  "harbour", "ferry", "council budget", "seawall", "bus lane", "kelp", "waterfront housing", "night market", "tidal energy", "school lunch",
  "flood defences", "cycle network", "museum extension", "fish quota", "dredging", "library hours", "residents", "officials", "business owners", "researchers",
  "volunteers", "commuters", "parents", "skippers", "shopkeepers", "students", "public meeting", "written consultation", "costs", "independent review",
  "spring", "traffic", "harbour street", "port authority", "school trustees", "hospital", "fishing cooperative", "transit agency", "university lab", "arts council",
  "chamber of commerce", "water utility", "parks department", "housing trust", "approves", "delays", "rejects", "overdue", "new year", "long meeting",
];

export type Targets = { articleId: number; articlePath: string; categoryPath: string };

/**
 * The newest published, non-syndicated article of the demo newsroom that readers can see, and its section: a full
 * article with images, and the same one at every dataset size (db/seed/bulk.ts names its generated articles
 * "generated-N"), so latencies at 1,000 and 100,000 articles compare the same page.
 */
export function chooseTargets(dbPath: string): Targets {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT a.id, a.slug, c.slug AS category FROM articles a JOIN categories c ON c.id = a.category_id
         WHERE a.status = 'published' AND a.source_url IS NULL AND a.unpublished_at IS NULL AND a.published_at <= ?
           AND a.slug NOT LIKE 'generated-%'
         ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get(Date.now()) as { id: number; slug: string; category: string } | undefined;
    if (!row) throw new Error("The dataset has no published, non-syndicated article.");
    return { articleId: row.id, articlePath: `/articles/${encodeURIComponent(row.slug)}`, categoryPath: `/category/${encodeURIComponent(row.category)}` };
  } finally {
    db.close();
  }
}

/** SUM(views) over article_view_totals, read through a read-only connection. */
export function storedViews(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT COALESCE(SUM(views), 0) AS n FROM article_view_totals").get() as { n: number }).n;
  } finally {
    db.close();
  }
}
