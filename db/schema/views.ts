import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";

// View counts live apart from the article row, so counting a view never touches the article or its updated time.

export const articleViewTotals = sqliteTable("article_view_totals", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  views: integer("views").notNull().default(0),
});

export const articleDailyViews = sqliteTable(
  "article_daily_views",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // YYYY-MM-DD in the site time zone.
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_daily_views_day_idx").on(t.day, t.articleId)],
);

/** When a visitor's view of an article was last counted, so a repeat within the window is not. */
export const viewVisits = sqliteTable(
  "view_visits",
  {
    visitorKey: text("visitor_key").notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    countedAt: integer("counted_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitorKey, t.articleId] }), index("view_visits_counted_idx").on(t.countedAt)],
);

/** A random salt per day for hashing cookieless visitors; old days are deleted, so yesterday's hashes cannot be recomputed. */
export const visitorSalts = sqliteTable("visitor_salts", {
  day: text("day").primaryKey(),
  salt: text("salt").notNull(),
});
