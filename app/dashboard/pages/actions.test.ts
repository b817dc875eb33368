import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { deletedPageTitle, listAudit } from "@/db/queries/audit";
import { countLibraryImages, listLibraryImages, picturesUses } from "@/db/queries/media-library";
import { getSitePage, sitePageLinks, sitePageMovedTo } from "@/db/queries/site-pages";
import { images, pageVersion, sitePages, sitePageSlugRedirects } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { makeImage, makeSitePage } from "@/lib/testing/fixtures";
import { form, runAction } from "@/lib/testing/forms";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { deleteSitePageAction, saveSitePageAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "site-pages-test-secret";

const allPages = () => getDb().select().from(sitePages).orderBy(sitePages.id).all();
const pageVersionNow = () => getDb().select().from(pageVersion).get()?.version ?? 0;
// As the new-page form sends it: published is ticked until the editor unticks it.
const newPage = (values: Record<string, string>) => runAction(saveSitePageAction, { pageId: "", title: "Corrections", slug: "", bodyMarkdown: "We correct errors promptly.", published: "on", ...values });

beforeEach(() => signOut());

describe("the About page the migration made", () => {
  it("is at /about with the words the site showed before, in the menu, its HTML what the renderer makes of its Markdown", () => {
    const about = getSitePage("about")!;
    expect(about).toMatchObject({ title: "About us", inMenu: true, updatedById: null });
    expect(about.bodyMarkdown).toMatch(/^We are a small newsroom covering Port Alder/);
    expect(about.bodyHtml).toBe(renderMarkdown(about.bodyMarkdown));
    expect(sitePageLinks()).toEqual([{ slug: "about", title: "About us", inMenu: true }]);
  });
});

describe("saveSitePageAction", () => {
  it("creates a page at an address made from its title, audits it, marks every cached page stale and opens its editor", async () => {
    const editor = await signedIn("editor", "Eve Editor");
    const version = pageVersionNow();
    const answer = await newPage({ title: "Corrections & clarifications", bodyMarkdown: "## How to reach us\n\nWrite to **the desk**.", position: "5", inMenu: "on" });
    const created = getSitePage("corrections-clarifications")!;
    expect(answer).toEqual({ redirectedTo: `/dashboard/pages/${created.id}?created=1` });
    expect(created).toMatchObject({ title: "Corrections & clarifications", position: 5, inMenu: true, updatedById: editor.id, bodyHtml: "<h2>How to reach us</h2>\n<p>Write to <strong>the desk</strong>.</p>\n" });
    expect(auditRows().filter((r) => r.action === "page.create")).toMatchObject([{ actorId: editor.id, entityId: String(created.id), details: "Corrections & clarifications at /corrections-clarifications" }]);
    // The audit log names the page as it is called now.
    expect(listAudit({ action: "page.create" }, 10, 0)[0].recordName).toBe("Corrections & clarifications");
    // Every reader page's footer lists the pages.
    expect(pageVersionNow()).toBeGreaterThan(version);
    expect(sitePageLinks().map((p) => p.slug)).toEqual(["about", "corrections-clarifications"]);
  });

  it("saves changes to a page, naming what changed and the move of its address in the audit log", async () => {
    const admin = await signedIn("admin");
    const contact = makeSitePage("Contact");
    const version = pageVersionNow();
    const answer = await runAction(saveSitePageAction, { pageId: String(contact.id), title: "Write to us", slug: "write-to-us", description: "How to reach the desk.", position: "3", inMenu: "on", published: "on", bodyMarkdown: "We read *everything*." });
    expect(answer).toEqual({ status: "success", message: "Saved. Readers see it at /write-to-us now." });
    expect(getSitePage(contact.slug)).toBeUndefined();
    expect(sitePageMovedTo(contact.slug)).toBe("write-to-us");
    expect(getSitePage("write-to-us")).toMatchObject({ id: contact.id, title: "Write to us", description: "How to reach the desk.", position: 3, inMenu: true, bodyHtml: "<p>We read <em>everything</em>.</p>\n", updatedById: admin.id });
    expect(auditRows().filter((r) => r.action === "page.update")).toMatchObject([
      { entityId: String(contact.id), details: `Write to us: changed title, slug, description, bodyMarkdown, position, inMenu (/${contact.slug} → /write-to-us)` },
    ]);
    expect(pageVersionNow()).toBeGreaterThan(version);
  });

  it("keeps every old address leading to the page's current one, until a page takes it", async () => {
    await signedIn("editor");
    const page = makeSitePage("Masthead");
    const moveTo = (slug: string) => runAction(saveSitePageAction, { pageId: String(page.id), title: "Masthead", slug, published: "on", bodyMarkdown: page.bodyMarkdown });
    await moveTo("masthead-2026");
    await moveTo("who-we-are");
    expect([sitePageMovedTo(page.slug), sitePageMovedTo("masthead-2026")]).toEqual(["who-we-are", "who-we-are"]);
    // Back at its first address: that one is the page's own again, and the others lead there.
    await moveTo(page.slug);
    expect([sitePageMovedTo(page.slug), sitePageMovedTo("masthead-2026"), sitePageMovedTo("who-we-are")]).toEqual([undefined, page.slug, page.slug]);
    // A new page may take an address another gave up: it no longer leads to the old page.
    await newPage({ title: "Who we are", slug: "who-we-are" });
    expect(sitePageMovedTo("who-we-are")).toBeUndefined();
    expect(getSitePage("who-we-are")?.title).toBe("Who we are");
    // Deleted, the page takes its old addresses with it.
    const redirectsTo = () => getDb().select().from(sitePageSlugRedirects).where(eq(sitePageSlugRedirects.pageId, page.id)).all();
    expect(redirectsTo()).toEqual([{ oldSlug: "masthead-2026", pageId: page.id }]);
    await runAction(deleteSitePageAction, { pageId: String(page.id) });
    expect(redirectsTo()).toEqual([]);
  });

  it("keeps a draft from readers, the menu, the footer and old addresses until it is published", async () => {
    await signedIn("editor");
    const answer = await newPage({ title: "Newsletter", slug: "newsletter", inMenu: "on", published: "" });
    const draft = getDb().select().from(sitePages).where(eq(sitePages.slug, "newsletter")).get()!;
    expect(answer).toEqual({ redirectedTo: `/dashboard/pages/${draft.id}?created=1` });
    expect(draft).toMatchObject({ published: false, inMenu: true });
    expect(getSitePage("newsletter")).toBeUndefined();
    expect(sitePageLinks().map((p) => p.slug)).not.toContain("newsletter");

    const save = (values: Record<string, string>) => runAction(saveSitePageAction, { pageId: String(draft.id), title: "Newsletter", slug: "newsletter", inMenu: "on", bodyMarkdown: "We correct errors promptly.", ...values });
    expect(await save({ slug: "briefing" })).toMatchObject({ status: "success", message: "Saved as a draft: readers cannot see it until it is published." });
    expect(sitePageMovedTo("newsletter")).toBeUndefined();
    expect(await save({ slug: "briefing", published: "on" })).toMatchObject({ status: "success", message: "Saved. Readers see it at /briefing now." });
    expect(getSitePage("briefing")).toMatchObject({ id: draft.id, published: true });
    expect(sitePageLinks().map((p) => p.slug)).toContain("briefing");
    // Readers never knew the draft's first address: it leads nowhere.
    expect(sitePageMovedTo("newsletter")).toBeUndefined();
    expect(await save({ slug: "briefing", published: "" })).toMatchObject({ message: "Saved as a draft: readers cannot see it until it is published." });
    expect(getSitePage("briefing")).toBeUndefined();
    expect(auditRows().filter((r) => r.entityId === String(draft.id)).map((r) => [r.action, r.details])).toEqual([
      ["page.create", "Newsletter at /newsletter (a draft)"],
      ["page.update", "Newsletter: changed slug (/newsletter → /briefing)"],
      ["page.update", "Newsletter: published"],
      ["page.update", "Newsletter: unpublished: now a draft"],
    ]);
  });

  it("lets a draft hold an address that leads readers to another page, which it takes only once published", async () => {
    await signedIn("editor");
    const contact = makeSitePage("Contact");
    const edit = (pageId: number, slug: string, published: string) => runAction(saveSitePageAction, { pageId: String(pageId), title: "Contact", slug, published, bodyMarkdown: "Write to us." });
    await edit(contact.id, "contact-us", "on");
    expect(sitePageMovedTo(contact.slug)).toBe("contact-us");
    // A draft at the old address: readers are still sent on to Contact.
    await newPage({ title: "Contact form", slug: contact.slug, published: "" });
    const draft = getDb().select().from(sitePages).where(eq(sitePages.slug, contact.slug)).get()!;
    expect(sitePageMovedTo(contact.slug)).toBe("contact-us");
    // Moved on while a draft, it leaves no redirect behind, and takes none over.
    await edit(draft.id, "contact-form", "");
    expect(sitePageMovedTo(contact.slug)).toBe("contact-us");
    // Published back at the old address, it takes it.
    await edit(draft.id, contact.slug, "on");
    expect(sitePageMovedTo(contact.slug)).toBeUndefined();
    expect(getSitePage(contact.slug)?.id).toBe(draft.id);
  });

  it("refuses a save that would undo another editor's, made since the form was opened, and keeps the text typed", async () => {
    await signedIn("admin", "Ada Admin");
    const ethics = makeSitePage("Ethics");
    const openedAt = String(ethics.updatedAt.getTime());
    const saveWith = (bodyMarkdown: string, seenSavedAt = openedAt) =>
      runAction(saveSitePageAction, { pageId: String(ethics.id), seenSavedAt, title: "Ethics", slug: ethics.slug, published: "on", bodyMarkdown });
    expect(await saveWith("We never pay sources.")).toMatchObject({ status: "success" });

    await signedIn("editor", "Eve Editor");
    const refused = await saveWith("We do not pay for interviews.");
    expect(refused).toMatchObject({ status: "error", values: { bodyMarkdown: "We do not pay for interviews." } });
    expect("message" in refused && refused.message).toMatch(/^Not saved: Ada Admin saved this page on .+, while you were editing\. Your text is kept below/);
    expect(getSitePage(ethics.slug)?.bodyMarkdown).toBe("We never pay sources.");
    // Once the editor has the newer version, the save goes through.
    const newer = String(getSitePage(ethics.slug)!.updatedAt.getTime());
    expect(await saveWith("We do not pay for interviews.", newer)).toMatchObject({ status: "success" });
    expect(getSitePage(ethics.slug)?.bodyMarkdown).toBe("We do not pay for interviews.");
  });

  it("never makes up a stored page's address: left empty, it is asked for", async () => {
    await signedIn("editor");
    const about = getSitePage("about")!;
    const answer = await runAction(saveSitePageAction, { pageId: String(about.id), title: "About the newsroom", slug: "", bodyMarkdown: about.bodyMarkdown });
    expect(answer).toMatchObject({ status: "error", fieldErrors: { slug: "Enter an address for this page, such as contact." } });
    expect(getSitePage("about")).toEqual(about);
  });

  it("saves nothing and audits nothing when nothing changed", async () => {
    await signedIn("editor");
    const about = getSitePage("about")!;
    const before = auditRows().length;
    const answer = await runAction(saveSitePageAction, { pageId: String(about.id), title: about.title, slug: about.slug, position: "0", inMenu: "on", published: "on", bodyMarkdown: about.bodyMarkdown });
    expect(answer).toMatchObject({ status: "success" });
    expect(getSitePage("about")).toEqual(about);
    expect(auditRows()).toHaveLength(before);
  });

  it("refuses an address the app uses, another page's address, a bad order and an empty body, beside their fields", async () => {
    await signedIn("editor");
    const before = allPages();
    expect(await newPage({ slug: "dashboard" })).toMatchObject({ status: "error", fieldErrors: { slug: "The site uses /dashboard for something else. Choose another address, such as dashboard-us." } });
    // Made from the title, the reserved address is not shown back as typed.
    expect(await newPage({ title: "Search" })).toMatchObject({ status: "error", fieldErrors: { slug: "The site uses /search for something else. Choose another address, such as search-us." }, values: { slug: "" } });
    expect(await newPage({ slug: "about" })).toMatchObject({ status: "error", fieldErrors: { slug: "/about is the address of the page “About us”. Choose another." } });
    expect(await newPage({ slug: "Not A Slug", position: "-1", bodyMarkdown: "  " })).toMatchObject({
      status: "error",
      fieldErrors: { slug: "Use lowercase letters, digits and single hyphens between them, such as contact-us.", position: "Use a whole number from 0 to 999, or leave it empty.", bodyMarkdown: "Write the page's text." },
    });
    expect(await newPage({ title: "¿¡…!?" })).toMatchObject({ fieldErrors: { slug: "Enter an address for this page, such as contact." } });
    expect(allPages()).toEqual(before);
  });

  it("sanitizes the page's HTML as an article's: no script or handler reaches readers", async () => {
    await signedIn("editor");
    await newPage({ slug: "contact", bodyMarkdown: 'Write to us.\n\n<script>alert(1)</script><img src="https://example.com/desk.png" alt="The desk" onerror="alert(2)"> <a href="javascript:alert(3)">x</a>' });
    const html = getSitePage("contact")!.bodyHtml;
    // The picture and the link stay, without what would run.
    expect(html).toContain('<img src="https://example.com/desk.png" alt="The desk"');
    expect(html).toContain("<a>x</a>");
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it("records the uploads a page shows, so the media library keeps them, and refuses a picture no longer stored", async () => {
    const editor = await signedIn("editor");
    const used = makeImage({ uploadedById: editor.id });
    const gone = makeImage();
    getDb().delete(images).where(eq(images.id, gone.id)).run();
    const refused = await newPage({ slug: "team", bodyMarkdown: `![The newsroom](/media/${gone.id})` });
    expect(refused).toMatchObject({ status: "error", fieldErrors: { bodyMarkdown: `The body shows a picture that is no longer stored (/media/${gone.id}). Upload it again, or take it out.` } });
    expect(getSitePage("team")).toBeUndefined();

    await newPage({ title: "Our team", slug: "team", bodyMarkdown: `![The newsroom at work](/media/${used.id})` });
    const team = getSitePage("team")!;
    expect(picturesUses([used.id]).get(used.id)).toEqual({ articles: [], avatars: [], pages: [{ id: team.id, title: "Our team", published: true }] });
    expect(listLibraryImages("all", 24, 0).find((i) => i.id === used.id)?.uses).toBe(1);
    expect(countLibraryImages("unused")).toBe(0);
    const deletion = await (await import("@/app/dashboard/media/actions")).deleteImageAction({ status: "idle" }, form({ imageId: used.id, show: "all", page: "1" }));
    expect(deletion).toMatchObject({ status: "error", message: expect.stringContaining("It is in use. Take it out of the articles, pages and profiles that show it first.") });
  });

  it("refuses a signed-out caller and stores nothing", async () => {
    await expectRefusedWithoutChange(() => newPage({ slug: "contact" }), allPages, /session has ended/);
  });
});

describe("deleteSitePageAction", () => {
  it("deletes the page, audits it and names it on the list it returns to", async () => {
    await signedIn("editor");
    const page = makeSitePage("Ethics");
    const version = pageVersionNow();
    expect(await runAction(deleteSitePageAction, { pageId: String(page.id) })).toEqual({ redirectedTo: `/dashboard/pages?deleted=${page.id}` });
    expect(getSitePage(page.slug)).toBeUndefined();
    expect(auditRows().filter((r) => r.action === "page.delete" && r.entityId === String(page.id))).toMatchObject([{ details: `Ethics (/${page.slug})` }]);
    expect(deletedPageTitle(page.id)).toBe("Ethics");
    expect(pageVersionNow()).toBeGreaterThan(version);
    expect(await runAction(deleteSitePageAction, { pageId: String(page.id) })).toMatchObject({ status: "error", message: "This page no longer exists: someone deleted it already." });
  });
});
