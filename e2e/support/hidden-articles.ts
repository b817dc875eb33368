import type { Db } from "@/db/client";
import { articles, articleTags, authors, categories, tags } from "@/db/schema";

/** Two articles readers must never see, for the suite to try: a draft, and one scheduled a day ahead, under a tag of their own. */
export function addHiddenArticles(db: Db): void {
  const author = db.select({ id: authors.id }).from(authors).limit(1).get()!;
  const category = db.select({ id: categories.id }).from(categories).limit(1).get()!;
  const common = { excerpt: "Not for readers yet.", bodyMarkdown: "Embargoed text.", bodyHtml: "<p>Embargoed text.</p>", authorId: author.id, categoryId: category.id };
  const hidden = db
    .insert(articles)
    .values([
      { ...common, slug: "e2e-draft", title: "Unpublished draft for the tests", status: "draft" },
      { ...common, slug: "e2e-scheduled", title: "Scheduled story for the tests", status: "scheduled", publishedAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
    ])
    .returning({ id: articles.id })
    .all();
  const tag = db.insert(tags).values({ name: "e2e embargoed", slug: "e2e-embargoed" }).returning({ id: tags.id }).get();
  db.insert(articleTags)
    .values(hidden.map(({ id }) => ({ articleId: id, tagId: tag.id })))
    .run();
}
