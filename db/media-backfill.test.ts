import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articleImages, articles } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown";
import { picturesMentioned } from "@/lib/media/references";
import { makeArticle, makeImage, picturesRecordedFor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase();

/** The statements of migration 0017 that record where the pictures stored before it are used. */
function backfill(): string {
  const migration = fs.readFileSync(path.join("db", "migrations", "0017_media_library.sql"), "utf8");
  return migration.slice(migration.indexOf("-- Written by hand")).replaceAll("--> statement-breakpoint", "");
}


describe("migration 0017", () => {
  it("records the pictures every article already shows or links, as a save would", () => {
    const [hero, shown, linked, escaped, unmentioned] = [makeImage(), makeImage(), makeImage(), makeImage(), makeImage()];
    // The last picture's address is spelled with Markdown escapes: only the rendered HTML names it plainly.
    const markdown = `![Quay](/media/${shown.id})\n\n[Map](/media/${linked.id}), ![again](/media/${shown.id}), ![gone](/media/00000000deadbeef) and ![x](\\/media\\/${escaped.id})`;
    const body = { markdown, html: renderMarkdown(markdown) };
    const withPictures = makeArticle().id;
    getDb().update(articles).set({ heroImageId: hero.id, bodyMarkdown: body.markdown, bodyHtml: body.html }).where(eq(articles.id, withPictures)).run();
    const heroOnly = makeArticle().id;
    getDb().update(articles).set({ heroImageId: hero.id }).where(eq(articles.id, heroOnly)).run();
    const without = makeArticle().id;
    getDb().delete(articleImages).run();

    getDb().$client.exec(backfill());

    const stored = new Set([hero.id, shown.id, linked.id, escaped.id, unmentioned.id]);
    expect(picturesRecordedFor(withPictures)).toEqual(picturesMentioned(hero.id, body).filter((id) => stored.has(id)).sort());
    expect(picturesRecordedFor(withPictures)).toEqual([hero.id, shown.id, linked.id, escaped.id].sort());
    expect(picturesRecordedFor(heroOnly)).toEqual([hero.id]);
    expect(picturesRecordedFor(without)).toEqual([]);
  });
});
