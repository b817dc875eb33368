import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, migrateDatabase } from "@/db/client";
import { searchArticles } from "@/db/queries/search";
import { articles } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { renderArticleBody } from "@/lib/markdown";

setUpTempDatabase();

const markdown = "## What happens next\n\nVolunteers worry about the winter timetable.";
const bodyText = (id: number) => getDb().select({ text: articles.bodyText }).from(articles).where(eq(articles.id, id)).get()?.text;

/** An article as an older Dateline stored it: its heading run into the next sentence. */
function storedTheOldWay(): number {
  const { id } = makeArticle();
  const { bodyHtml } = renderArticleBody(markdown);
  getDb().update(articles).set({ bodyMarkdown: markdown, bodyHtml, bodyText: "What happens next Volunteers worry about the winter timetable." }).where(eq(articles.id, id)).run();
  return id;
}

describe("the plain body text, derived anew on upgrade", () => {
  it("gives an article stored the old way its new text, and the search index with it, once migration 0013 has run", () => {
    const id = storedTheOldWay();
    // What an upgrade does: the migration, then the maintenance that follows the migrations (db/client.ts).
    getDb().$client.exec(fs.readFileSync(path.join("db", "migrations", "0013_body_text_sentences.sql"), "utf8"));
    migrateDatabase(getDb());
    expect(bodyText(id)).toBe("What happens next. Volunteers worry about the winter timetable.");
    const hit = searchArticles("timetable", new Date(), 1, 10).items.find((h) => h.id === id);
    expect(hit?.snippet).toContain("What happens next. Volunteers worry");
  });

  it("fills more articles than one batch holds, and leaves the rest alone", () => {
    const ids = Array.from({ length: 2500 }, () => makeArticle().id);
    getDb().update(articles).set({ bodyText: "" }).run();
    const kept = storedTheOldWay();
    migrateDatabase(getDb());
    expect(ids.every((id) => bodyText(id) === "Body.")).toBe(true);
    expect(bodyText(kept)).toBe("What happens next Volunteers worry about the winter timetable.");
  });
});
