import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { removedTagNote } from "@/db/queries/audit";
import { listTagsForStaff, tagMovedTo } from "@/db/queries/taxonomy";
import { articleTags, pageVersion, tags, tagSlugRedirects } from "@/db/schema";
import { saveArticleAction } from "@/app/dashboard/articles/actions";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { form, runAction } from "@/lib/testing/forms";
import { makeArticle, makeCategory, makeTag } from "@/lib/testing/fixtures";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { deleteTagAction, describeTagAction, mergeTagAction, renameTagAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "tags-test-secret";

const tag = (id: number) => getDb().select().from(tags).where(eq(tags.id, id)).get();
const allTags = () => getDb().select().from(tags).orderBy(tags.id).all();
const tagsOf = (articleId: number) =>
  getDb()
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .all()
    .map((t) => t.name)
    .sort();
const tagArticle = (articleId: number, ...tagIds: number[]) => getDb().insert(articleTags).values(tagIds.map((tagId) => ({ articleId, tagId }))).run();
const pageVersionNow = () => getDb().select().from(pageVersion).get()?.version ?? 0;

beforeEach(() => signOut());

describe("renameTagAction", () => {
  it("renames a tag for an editor; its address follows the name and the old one leads there", async () => {
    const editor = await signedIn("editor", "Ed Itor");
    const harbor = makeTag("Harbor works");
    tagArticle(makeArticle().id, harbor.id);
    const version = pageVersionNow();
    const state = await renameTagAction(undefined, form({ tagId: harbor.id, name: "  Harbour   works " }));
    expect(state).toEqual({ status: "success", message: "Renamed. Its articles and its page show the new name, and the old address leads there." });
    expect(tag(harbor.id)).toMatchObject({ name: "Harbour works", slug: "harbour-works" });
    expect(tagMovedTo("harbor-works", new Date())).toBe("harbour-works");
    expect(pageVersionNow()).toBeGreaterThan(version);
    expect(auditRows().filter((r) => r.action === "tag.rename")).toMatchObject([{ actorId: editor.id, entityId: String(harbor.id), details: "Harbor works → Harbour works" }]);
  });

  it("refuses a name whose address another tag has, and names that cannot be tags, beside the field", async () => {
    await signedIn("editor");
    const [ferries, boats] = [makeTag("Ferries"), makeTag("Boats")];
    const before = allTags();
    expect(await renameTagAction(undefined, form({ tagId: boats.id, name: "ferries!" }))).toMatchObject({
      status: "error",
      fieldErrors: { name: "The tag Ferries already has this name's address, /tag/ferries. To join the two, merge this tag into it." },
      values: { name: "ferries!" },
    });
    expect(await renameTagAction(undefined, form({ tagId: boats.id, name: "Boats, ships" }))).toMatchObject({ fieldErrors: { name: expect.stringMatching(/Leave out commas/) } });
    expect(await renameTagAction(undefined, form({ tagId: boats.id, name: "東京" }))).toMatchObject({ fieldErrors: { name: expect.stringMatching(/needs letters a–z or digits/) } });
    expect(await renameTagAction(undefined, form({ tagId: boats.id, name: "" }))).toMatchObject({ fieldErrors: { name: "Enter the tag's new name." } });
    expect(allTags()).toEqual(before);
    expect(tag(ferries.id)?.name).toBe("Ferries");
  });

  it("changes only the case without an address to redirect, and does not say one leads there", async () => {
    await signedIn("editor");
    const lower = makeTag("tourism");
    expect(await renameTagAction(undefined, form({ tagId: lower.id, name: "Tourism" }))).toEqual({ status: "success", message: "Renamed. Its articles and its page show the new name." });
    expect(tag(lower.id)).toMatchObject({ name: "Tourism", slug: "tourism" });
    expect(getDb().select().from(tagSlugRedirects).where(eq(tagSlugRedirects.tagId, lower.id)).all()).toEqual([]);
  });

  it("keeps a tag that only drafts carry hidden: its old address does not lead to its new name", async () => {
    await signedIn("editor");
    const embargoed = makeTag("Acme merger");
    tagArticle(makeArticle({ status: "draft", publishedAt: null }).id, embargoed.id);
    await renameTagAction(undefined, form({ tagId: embargoed.id, name: "Acme Globex deal" }));
    expect(tagMovedTo("acme-merger", new Date())).toBeUndefined();
    // Once an article with it is out, the old address leads there.
    tagArticle(makeArticle().id, embargoed.id);
    expect(tagMovedTo("acme-merger", new Date())).toBe("acme-globex-deal");
  });

  it("is refused to signed-out visitors", async () => {
    const target = makeTag("Keep Out");
    await expectRefusedWithoutChange(() => renameTagAction(undefined, form({ tagId: target.id, name: "Hijacked" })), allTags, /session has ended/);
  });
});

describe("describeTagAction", () => {
  it("saves an editor's description as plain text, audited, and clears it when emptied", async () => {
    const editor = await signedIn("editor", "Ed Itor");
    const ferries = makeTag("Night ferries");
    const version = pageVersionNow();
    expect(await describeTagAction(undefined, form({ tagId: ferries.id, description: "  Sailings, fares <b>and</b> the fleet.\u0007 " }))).toEqual({
      status: "success",
      message: "Saved. Its page shows the description.",
    });
    expect(tag(ferries.id)?.description).toBe("Sailings, fares <b>and</b> the fleet.");
    expect(pageVersionNow()).toBeGreaterThan(version);
    expect(await describeTagAction(undefined, form({ tagId: ferries.id, description: "" }))).toEqual({ status: "success", message: "Saved. Its page has no description now." });
    expect(tag(ferries.id)?.description).toBe("");
    expect(auditRows().filter((r) => r.action === "tag.describe")).toMatchObject([
      { actorId: editor.id, entityId: String(ferries.id), details: "Sailings, fares <b>and</b> the fleet." },
      { actorId: editor.id, entityId: String(ferries.id), details: "(none)" },
    ]);
  });

  it("refuses a description too long beside the field, keeping it, and a visitor signed out", async () => {
    await signedIn("editor");
    const ferries = makeTag("Ferry fares");
    const long = "x".repeat(301);
    expect(await describeTagAction(undefined, form({ tagId: ferries.id, description: long }))).toMatchObject({
      status: "error",
      fieldErrors: { description: "Use at most 300 characters." },
      values: { description: long },
    });
    // A line break counts once, as the browser's maxlength counts it, though the form sends it as CRLF.
    const lines = `${"a".repeat(149)}\r\n${"b".repeat(150)}`;
    expect((await describeTagAction(undefined, form({ tagId: ferries.id, description: lines }))).status).toBe("success");
    expect(tag(ferries.id)?.description).toBe(`${"a".repeat(149)}\n${"b".repeat(150)}`);
    signOut();
    await expectRefusedWithoutChange(() => describeTagAction(undefined, form({ tagId: ferries.id, description: "Hijacked." })), () => tag(ferries.id), /session has ended/);
  });
});

describe("mergeTagAction", () => {
  it("moves the tag's articles to the other, once each, then deletes it; its addresses lead to the other", async () => {
    await signedIn("editor");
    const [fish, fisheries] = [makeTag("Fish"), makeTag("Fisheries")];
    getDb().insert(tagSlugRedirects).values({ oldSlug: "fishing", tagId: fish.id }).run();
    const [onlyFish, both] = [makeArticle(), makeArticle()];
    tagArticle(onlyFish.id, fish.id);
    tagArticle(both.id, fish.id, fisheries.id);
    expect(await runAction(mergeTagAction, { tagId: fish.id, into: "fisheries" })).toEqual({ redirectedTo: `/dashboard/tags?removed=${fish.id}` });
    expect(tag(fish.id)).toBeUndefined();
    expect([tagsOf(onlyFish.id), tagsOf(both.id)]).toEqual([["Fisheries"], ["Fisheries"]]);
    expect([tagMovedTo("fish", new Date()), tagMovedTo("fishing", new Date())]).toEqual(["fisheries", "fisheries"]);
    expect(removedTagNote(fish.id)).toBe("Merged Fish (/tag/fish) into Fisheries.");
  });

  it("finds the tag to keep by an old name that leads to it, as the article's Tags field does", async () => {
    await signedIn("editor");
    const [pier, berth] = [makeTag("Pier"), makeTag("Berth")];
    getDb().insert(tagSlugRedirects).values({ oldSlug: "landing-stage", tagId: berth.id }).run();
    expect(await runAction(mergeTagAction, { tagId: pier.id, into: "Landing stage" })).toEqual({ redirectedTo: `/dashboard/tags?removed=${pier.id}` });
    expect(removedTagNote(pier.id)).toBe("Merged Pier (/tag/pier) into Berth.");
  });

  it("refuses an unknown tag or the tag itself, beside the field, and changes nothing", async () => {
    await signedIn("editor");
    const weather = makeTag("Weather");
    const story = makeArticle();
    tagArticle(story.id, weather.id);
    const before = allTags();
    expect(await runAction(mergeTagAction, { tagId: weather.id, into: "Climate" })).toMatchObject({ fieldErrors: { into: "No tag is called Climate. Type the name of an existing tag." }, values: { into: "Climate" } });
    expect(await runAction(mergeTagAction, { tagId: weather.id, into: "WEATHER" })).toMatchObject({ fieldErrors: { into: "Choose another tag than this one." } });
    expect(allTags()).toEqual(before);
    expect(tagsOf(story.id)).toEqual(["Weather"]);
  });
});

describe("deleteTagAction", () => {
  it("takes the tag off its articles and deletes it with its old addresses", async () => {
    await signedIn("editor");
    const [gone, kept] = [makeTag("Gone Topic"), makeTag("Kept Topic")];
    getDb().insert(tagSlugRedirects).values({ oldSlug: "gone-old", tagId: gone.id }).run();
    const story = makeArticle();
    tagArticle(story.id, gone.id, kept.id);
    expect(await runAction(deleteTagAction, { tagId: gone.id })).toEqual({ redirectedTo: `/dashboard/tags?removed=${gone.id}` });
    expect(tagsOf(story.id)).toEqual(["Kept Topic"]);
    expect(tagMovedTo("gone-old", new Date())).toBeUndefined();
    expect(removedTagNote(gone.id)).toBe("Deleted Gone Topic (/tag/gone-topic).");
    expect(removedTagNote(kept.id)).toBeUndefined();
  });

  it("says so when the tag is already gone", async () => {
    await signedIn("editor");
    expect(await runAction(deleteTagAction, { tagId: 999_999 })).toMatchObject({ status: "error", message: "This tag no longer exists." });
  });
});

describe("an article saved with a tag name that moved", () => {
  it("gets the tag it became, not a new tag at the old address", async () => {
    await signedIn("editor");
    const [port, harbour] = [makeTag("Port"), makeTag("Harbour")];
    await runAction(mergeTagAction, { tagId: port.id, into: "Harbour" });
    const section = makeCategory();
    const saved = await runAction(saveArticleAction, { title: "Quay reopens", slug: "quay-reopens", categoryId: section.id, bodyMarkdown: "Open again.", tags: "Port, Harbour, Quay", intent: "save" });
    expect(saved).toMatchObject({ redirectedTo: expect.stringMatching(/^\/dashboard\/articles\/\d+\/edit/) });
    const id = Number(/articles\/(\d+)/.exec((saved as { redirectedTo: string }).redirectedTo)![1]);
    expect(tagsOf(id)).toEqual(["Harbour", "Quay"]);
    expect(getDb().select().from(tags).where(eq(tags.slug, "port")).get()).toBeUndefined();
    expect(tag(harbour.id)?.name).toBe("Harbour");
  });
});

describe("listTagsForStaff", () => {
  it("finds tags by a part of their name, % and _ taken as letters, with their counts", async () => {
    const [rate, literal] = [makeTag("Rates of interest"), makeTag("100% renewable")];
    const story = makeArticle();
    tagArticle(story.id, rate.id);
    expect(listTagsForStaff("of inter", 10, 0, new Date())).toMatchObject([{ id: rate.id, articles: 1, published: 1 }]);
    // Published: what readers see, a scheduled article whose time has come included.
    tagArticle(makeArticle({ status: "scheduled", publishedAt: new Date(Date.now() - 1000) }).id, rate.id);
    tagArticle(makeArticle({ status: "scheduled", publishedAt: new Date(Date.now() + 3_600_000) }).id, rate.id);
    expect(listTagsForStaff("of inter", 10, 0, new Date())).toMatchObject([{ articles: 3, published: 2 }]);
    expect(listTagsForStaff("0%", 10, 0, new Date()).map((t) => t.id)).toEqual([literal.id]);
    expect(listTagsForStaff("_", 10, 0, new Date())).toEqual([]);
  });
});
