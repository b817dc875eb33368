import type { Db } from "@/db/client";
import { articles, authors, categories } from "@/db/schema";

/** Two articles readers must never see, for the suite to try: a draft, and one scheduled a day ahead. */
export function addHiddenArticles(db: Db): void {
  const author = db.select({ id: authors.id }).from(authors).limit(1).get()!;
  const category = db.select({ id: categories.id }).from(categories).limit(1).get()!;
  const common = { excerpt: "Not for readers yet.", bodyMarkdown: "Embargoed text.", bodyHtml: "<p>Embargoed text.</p>", authorId: author.id, categoryId: category.id };
  db.insert(articles)
    .values([
      { ...common, slug: "e2e-draft", title: "Unpublished draft for the tests", status: "draft" },
      { ...common, slug: "e2e-scheduled", title: "Scheduled story for the tests", status: "scheduled", publishedAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
    ])
    .run();
}
