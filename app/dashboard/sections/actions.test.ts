import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { deletedSectionName, listAudit } from "@/db/queries/audit";
import { categoryMovedTo, listSectionsForAdmin } from "@/db/queries/taxonomy";
import { articles, categories, categorySlugRedirects, pageVersion } from "@/db/schema";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { form, runAction } from "@/lib/testing/forms";
import { makeArticle, makeCategory } from "@/lib/testing/fixtures";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "sections-test-secret";

const section = (id: number) => getDb().select().from(categories).where(eq(categories.id, id)).get();
const bySlug = (slug: string) => getDb().select().from(categories).where(eq(categories.slug, slug)).get();
const allSections = () => getDb().select().from(categories).orderBy(categories.id).all();
const redirects = () => getDb().select().from(categorySlugRedirects).orderBy(categorySlugRedirects.oldSlug).all();
const pageVersionNow = () => getDb().select().from(pageVersion).get()?.version ?? 0;
const sectionOf = (articleId: number) => getDb().select({ categoryId: articles.categoryId }).from(articles).where(eq(articles.id, articleId)).get()?.categoryId;

beforeEach(() => signOut());

describe("createSectionAction", () => {
  it("creates a section with an address made from its name, audits it and marks every cached page stale", async () => {
    const admin = await signedIn("admin", "Ada Admin");
    const version = pageVersionNow();
    const state = await createSectionAction({ status: "idle" }, form({ name: " Harbour & Coast ", slug: "", description: "Ships, ferries and the shore." }));
    expect(state).toEqual({ status: "success", message: "Created Harbour & Coast, at /category/harbour-coast. It is in the site's menu now." });
    const created = bySlug("harbour-coast")!;
    expect(created).toMatchObject({ name: "Harbour & Coast", description: "Ships, ferries and the shore." });
    expect(auditRows().filter((r) => r.action === "section.create")).toMatchObject([{ actorId: admin.id, entityId: String(created.id), details: "Harbour & Coast at /category/harbour-coast" }]);
    // The menu on every reader page lists the sections.
    expect(pageVersionNow()).toBeGreaterThan(version);
  });

  it("refuses a name or an address another section has, beside its field, and stores nothing", async () => {
    await signedIn("admin");
    const existing = makeCategory("Business");
    const before = allSections();
    const sameName = await createSectionAction({ status: "idle" }, form({ name: "business", slug: "money" }));
    expect(sameName).toMatchObject({ status: "error", fieldErrors: { name: "There is already a section called Business. Choose another name." }, values: { name: "business", slug: "money" } });
    const sameSlug = await createSectionAction({ status: "idle" }, form({ name: "Money", slug: existing.slug }));
    expect(sameSlug).toMatchObject({ status: "error", fieldErrors: { slug: `/category/${existing.slug} is the address of Business. Choose another.` } });
    // An address made from the name is not shown back as if it had been typed.
    const madeUp = await createSectionAction({ status: "idle" }, form({ name: "Business", slug: "" }));
    expect(madeUp).toMatchObject({ status: "error", values: { name: "Business", slug: "" } });
    expect(allSections()).toEqual(before);
  });

  it("marks each invalid field: no name, a bad address, a name with nothing to make an address from", async () => {
    await signedIn("admin");
    const before = allSections();
    const bad = await createSectionAction({ status: "idle" }, form({ name: "", slug: "Not A Slug", description: "x".repeat(301) }));
    expect(bad).toMatchObject({ status: "error" });
    if (bad.status !== "error") return;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["description", "name"]);
    const symbols = await createSectionAction({ status: "idle" }, form({ name: "!!!", slug: "" }));
    expect(symbols).toMatchObject({ status: "error", fieldErrors: { slug: expect.stringMatching(/has no letters to make one from/) } });
    const badSlug = await createSectionAction({ status: "idle" }, form({ name: "Weather", slug: "Not A Slug" }));
    expect(badSlug).toMatchObject({ status: "error", fieldErrors: { slug: expect.stringMatching(/lowercase letters/) } });
    expect(allSections()).toEqual(before);
  });

  it("takes over an address another section gave up, which then stops leading there", async () => {
    await signedIn("admin");
    const renamed = makeCategory("Old City");
    getDb().insert(categorySlugRedirects).values({ oldSlug: "city", categoryId: renamed.id }).run();
    expect(categoryMovedTo("city")).toBe(renamed.slug);
    await createSectionAction({ status: "idle" }, form({ name: "City", slug: "city" }));
    expect(categoryMovedTo("city")).toBeUndefined();
    expect(bySlug("city")?.name).toBe("City");
  });

  it("is refused to editors and signed-out visitors", async () => {
    await expectRefusedWithoutChange(() => createSectionAction({ status: "idle" }, form({ name: "Sneaky" })), allSections, /session has ended/);
    await signedIn("editor");
    await expectRefusedWithoutChange(() => createSectionAction({ status: "idle" }, form({ name: "Sneaky" })), allSections, /role does not allow/);
  });
});

describe("updateSectionAction", () => {
  it("renames and re-addresses a section; its old address and an older one lead to the new one", async () => {
    await signedIn("admin");
    const downtown = makeCategory("Downtown");
    getDb().update(categories).set({ slug: "downtown" }).where(eq(categories.id, downtown.id)).run();
    const save = (slug: string) => updateSectionAction({ status: "idle" }, form({ sectionId: String(downtown.id), name: "Downtown Desk", slug, description: "" }));
    expect(await save("downtown-desk")).toEqual({ status: "success", message: "Saved. Readers see the change at once." });
    expect(section(downtown.id)).toMatchObject({ name: "Downtown Desk", slug: "downtown-desk" });
    expect(categoryMovedTo("downtown")).toBe("downtown-desk");
    await save("riverside");
    expect([categoryMovedTo("downtown"), categoryMovedTo("downtown-desk")]).toEqual(["riverside", "riverside"]);
    // Taking an old address back: it is the section's own again, no longer a redirect.
    await save("downtown");
    expect(categoryMovedTo("downtown")).toBeUndefined();
    expect(categoryMovedTo("riverside")).toBe("downtown");
    expect(auditRows().filter((r) => r.action === "section.update").map((r) => r.details)).toEqual([
      "changed name, slug (/category/downtown → /category/downtown-desk)",
      "changed slug (/category/downtown-desk → /category/riverside)",
      "changed slug (/category/riverside → /category/downtown)",
    ]);
  });

  it("keeps a section's own name in another case, and refuses another section's", async () => {
    await signedIn("admin");
    const sport = makeCategory("Sport");
    makeCategory("Culture");
    const recased = await updateSectionAction({ status: "idle" }, form({ sectionId: String(sport.id), name: "SPORT", slug: sport.slug }));
    expect(recased).toMatchObject({ status: "success" });
    const taken = await updateSectionAction({ status: "idle" }, form({ sectionId: String(sport.id), name: "culture", slug: sport.slug }));
    expect(taken).toMatchObject({ status: "error", fieldErrors: { name: "There is already a section called Culture. Choose another name." } });
    expect(section(sport.id)?.name).toBe("SPORT");
  });

  it("changes nothing, audits nothing and leaves cached pages alone when nothing changed", async () => {
    await signedIn("admin");
    const same = makeCategory("Weather");
    const version = pageVersionNow();
    const audit = auditRows().length;
    expect(await updateSectionAction({ status: "idle" }, form({ sectionId: String(same.id), name: "Weather", slug: same.slug, description: "" }))).toMatchObject({ status: "success" });
    expect([pageVersionNow(), auditRows().length]).toEqual([version, audit]);
  });

  it("says so when the section was deleted meanwhile", async () => {
    await signedIn("admin");
    expect(await updateSectionAction({ status: "idle" }, form({ sectionId: "999999", name: "Gone", slug: "gone" }))).toMatchObject({ status: "error", message: "This section no longer exists." });
  });

  it("is refused to editors", async () => {
    const target = makeCategory("Opinion");
    await signedIn("editor");
    await expectRefusedWithoutChange(() => updateSectionAction({ status: "idle" }, form({ sectionId: String(target.id), name: "Hijacked", slug: "hijacked" })), allSections, /role does not allow/);
  });
});

describe("deleteSectionAction", () => {
  const remove = (sectionId: number, moveTo = "") => runAction(deleteSectionAction, { sectionId, moveTo });

  it("deletes an empty section; its address and old addresses go with it", async () => {
    await signedIn("admin");
    const empty = makeCategory("Empty Desk");
    getDb().insert(categorySlugRedirects).values({ oldSlug: "empty-old", categoryId: empty.id }).run();
    expect(await remove(empty.id)).toEqual({ redirectedTo: `/dashboard/sections?deleted=${empty.id}` });
    expect(section(empty.id)).toBeUndefined();
    expect(categoryMovedTo("empty-old")).toBeUndefined();
    expect(deletedSectionName(empty.id)).toBe("Empty Desk");
    expect(listAudit({ action: "section.delete" }, 10, 0)[0]).toMatchObject({ details: `Empty Desk (/category/${empty.slug})` });
  });

  it("moves its articles, drafts included, and its addresses to the chosen section, in one step", async () => {
    await signedIn("admin");
    const [from, to] = [makeCategory("Ferries"), makeCategory("Transport")];
    getDb().insert(categorySlugRedirects).values({ oldSlug: "boats", categoryId: from.id }).run();
    const published = makeArticle({ categoryId: from.id });
    const draft = makeArticle({ categoryId: from.id, status: "draft", publishedAt: null });
    const version = pageVersionNow();
    expect(await remove(from.id, String(to.id))).toEqual({ redirectedTo: `/dashboard/sections?deleted=${from.id}` });
    expect([sectionOf(published.id), sectionOf(draft.id)]).toEqual([to.id, to.id]);
    expect([categoryMovedTo(from.slug), categoryMovedTo("boats")]).toEqual([to.slug, to.slug]);
    expect(pageVersionNow()).toBeGreaterThan(version);
    expect(auditRows().filter((r) => r.action === "section.delete").at(-1)?.details).toBe(`Ferries (/category/${from.slug}); 2 articles moved to Transport`);
    expect(deletedSectionName(from.id)).toBe("Ferries");
  });

  it("asks where a section's articles go, beside the field, and keeps everything as it was", async () => {
    await signedIn("admin");
    const held = makeCategory("Held");
    const story = makeArticle({ categoryId: held.id });
    const before = { sections: allSections(), redirects: redirects() };
    expect(await remove(held.id)).toMatchObject({ status: "error", fieldErrors: { moveTo: "Choose the section its article moves to." } });
    expect(await remove(held.id, String(held.id))).toMatchObject({ status: "error", fieldErrors: { moveTo: "Choose the section its article moves to." } });
    expect(await remove(held.id, "999999")).toMatchObject({ status: "error", fieldErrors: { moveTo: "That section no longer exists. Choose another." } });
    expect({ sections: allSections(), redirects: redirects() }).toEqual(before);
    expect(sectionOf(story.id)).toBe(held.id);
  });

  it("keeps the last section: every article needs one", async () => {
    await signedIn("admin");
    for (const s of listSectionsForAdmin(new Date())) if (s.articles === 0) getDb().delete(categories).where(eq(categories.id, s.id)).run();
    const rest = listSectionsForAdmin(new Date());
    for (const s of rest.slice(1)) getDb().update(articles).set({ categoryId: rest[0].id }).where(eq(articles.categoryId, s.id)).run();
    for (const s of rest.slice(1)) getDb().delete(categories).where(eq(categories.id, s.id)).run();
    const [only] = allSections();
    expect(await remove(only.id)).toMatchObject({ status: "error", message: `${only.name} is the only section, and every article needs one. Create another section first.` });
    expect(allSections()).toEqual([only]);
  });

  it("is refused to editors", async () => {
    const target = makeCategory("Keep Me");
    await signedIn("editor");
    await expectRefusedWithoutChange(() => remove(target.id), allSections, /role does not allow/);
  });
});

describe("moveSectionAction", () => {
  const menu = () => listSectionsForAdmin(new Date()).map((s) => s.name);
  const move = (sectionId: number, direction: string) => moveSectionAction({ status: "idle" }, form({ sectionId, direction }));

  it("moves a section a place up or down the menu, numbering the places afresh, and marks cached pages stale", async () => {
    await signedIn("admin");
    for (const s of listSectionsForAdmin(new Date())) getDb().update(categories).set({ position: 0 }).where(eq(categories.id, s.id)).run();
    const before = menu();
    const last = listSectionsForAdmin(new Date()).at(-1)!;
    const version = pageVersionNow();
    expect(await move(last.id, "up")).toEqual({ status: "success", message: "Moved up in the site's menu." });
    expect(menu()).toEqual([...before.slice(0, -2), before.at(-1), before.at(-2)]);
    expect(listSectionsForAdmin(new Date()).map((s) => s.position)).toEqual(before.map((_, i) => i));
    expect(pageVersionNow()).toBeGreaterThan(version);
    expect(auditRows().filter((r) => r.action === "section.move").at(-1)).toMatchObject({ entityId: String(last.id), details: `up, to place ${before.length - 1} of ${before.length}` });
    await move(last.id, "down");
    expect(menu()).toEqual(before);
  });

  it("puts a new section last, and says so when a section is already first or last", async () => {
    await signedIn("admin");
    await createSectionAction({ status: "idle" }, form({ name: "Aardvark Desk" }));
    const sections = listSectionsForAdmin(new Date());
    expect(sections.at(-1)?.name).toBe("Aardvark Desk");
    expect(await move(sections.at(-1)!.id, "down")).toMatchObject({ status: "error", message: "Aardvark Desk is already last in the menu." });
    expect(await move(sections[0].id, "up")).toMatchObject({ status: "error", message: `${sections[0].name} is already first in the menu.` });
    expect(await move(sections[0].id, "sideways")).toMatchObject({ status: "error", fieldErrors: { direction: expect.stringMatching(/not valid/) } });
  });

  it("is refused to editors", async () => {
    const [, second] = [makeCategory("First Place"), makeCategory("Second Place")];
    await signedIn("editor");
    await expectRefusedWithoutChange(() => move(second.id, "up"), allSections, /role does not allow/);
  });
});

describe("listSectionsForAdmin", () => {
  it("counts each section's articles and its published ones", async () => {
    const counted = makeCategory("Counted");
    makeArticle({ categoryId: counted.id });
    makeArticle({ categoryId: counted.id, status: "draft", publishedAt: null });
    // Published: what readers see, a scheduled article whose time has come included, one still to come not.
    makeArticle({ categoryId: counted.id, status: "scheduled", publishedAt: new Date(Date.now() - 1000) });
    makeArticle({ categoryId: counted.id, status: "scheduled", publishedAt: new Date(Date.now() + 3_600_000) });
    expect(listSectionsForAdmin(new Date()).find((s) => s.id === counted.id)).toMatchObject({ articles: 4, published: 2 });
  });
});
