import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articleTags, tags } from "@/db/schema";
import { makeArticle, makeCategory } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { listRelated } from "./related";

setUpTempDatabase();
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
let tagSequence = 0;
const makeTag = () => getDb().insert(tags).values({ name: `Tag ${++tagSequence}`, slug: `tag-${tagSequence}` }).returning().get();
const tag = (articleId: number, ...tagIds: number[]) => getDb().insert(articleTags).values(tagIds.map((tagId) => ({ articleId, tagId }))).run();
const titles = (articleId: number, categoryId: number, limit = 4) => listRelated(articleId, categoryId, new Date(), limit).map((a) => a.title);

describe("listRelated", () => {
  it("puts the articles sharing the most tags first, the newest first among equals, then the newest of the section", () => {
    const [a, b, c] = [makeTag(), makeTag(), makeTag()];
    const section = makeCategory();
    const story = makeArticle({ title: "The story", categoryId: section.id });
    tag(story.id, a.id, b.id, c.id);
    tag(makeArticle({ title: "One tag, older", publishedAt: minutesAgo(50) }).id, a.id);
    tag(makeArticle({ title: "One tag, newer", publishedAt: minutesAgo(10) }).id, b.id);
    tag(makeArticle({ title: "Two tags", publishedAt: minutesAgo(90) }).id, a.id, c.id);
    tag(makeArticle({ title: "Draft with all three", status: "draft", publishedAt: null }).id, a.id, b.id, c.id);
    tag(makeArticle({ title: "Scheduled with all three", status: "scheduled", publishedAt: new Date(Date.now() + 60_000) }).id, a.id, b.id, c.id);
    makeArticle({ title: "Same section, no tags", categoryId: section.id });

    expect(titles(story.id, section.id)).toEqual(["Two tags", "One tag, newer", "One tag, older", "Same section, no tags"]);
    expect(titles(story.id, section.id, 2)).toEqual(["Two tags", "One tag, newer"]);
  });

  it("looks only at the newest 500 articles of each tag", () => {
    const busy = makeTag();
    const section = makeCategory();
    const oldest = makeArticle({ title: "Written first", categoryId: makeCategory().id });
    tag(oldest.id, busy.id);
    for (let i = 0; i < 500; i++) tag(makeArticle({ title: `Later ${i}`, publishedAt: minutesAgo(1000 + i) }).id, busy.id);
    const story = makeArticle({ title: "The story", categoryId: section.id });
    tag(story.id, busy.id);
    // The newest 500 in writing order are the story itself and "Later 499" back to "Later 1".
    const related = titles(story.id, section.id, 600);
    expect(related).toHaveLength(499);
    expect(related).not.toContain("Written first");
    expect(related).not.toContain("Later 0");
    expect(related.slice(0, 2)).toEqual(["Later 1", "Later 2"]);
  });
});
