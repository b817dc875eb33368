import fs from "node:fs";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveArticleAction } from "@/app/dashboard/articles/actions";
import { getDb } from "@/db/client";
import { countLibraryImages, listLibraryImages, picturesUses, usesShown } from "@/db/queries/media-library";
import { articleImages, authors, images } from "@/db/schema";
import { imageWidthsFor } from "@/lib/images";
import { mediaFile } from "@/lib/media/store";
import { acceptUpload } from "@/lib/media/upload";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import type { FormState } from "@/lib/auth/guards";
import { makeArticle, makeCategory, makeImage, picturesRecordedFor } from "@/lib/testing/fixtures";
import { runAction } from "@/lib/testing/forms";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { deleteImageAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "media-test-secret";

const imageRow = (id: string) => getDb().select().from(images).where(eq(images.id, id)).get();

async function upload(name: string, staff: Awaited<ReturnType<typeof signedIn>>) {
  const png = await sharp({ create: { width: 1400, height: 700, channels: 3, background: "#557799" } }).png().toBuffer();
  return acceptUpload(new File([new Uint8Array(png)], name, { type: "image/png" }), { ...staff, sessionId: "test-session" });
}

async function saveArticle(values: Record<string, string>) {
  const result = await runAction(saveArticleAction, { title: "Ferry timetable", slug: `ferry-${crypto.randomUUID().slice(0, 8)}`, categoryId: String(makeCategory().id), intent: "save", ...values });
  if (!("redirectedTo" in result)) return result;
  return { id: Number(/articles\/(\d+)/.exec(result.redirectedTo)![1]) };
}

/** Runs the deletion and expects it refused with `refusal`, the picture and the audit log as they were. */
async function expectNotDeleted(imageId: string, refusal: RegExp) {
  const audit = auditRows().length;
  const before = imageRow(imageId);
  const state = (await runAction(deleteImageAction, { imageId })) as FormState;
  expect(state).toMatchObject({ status: "error", message: expect.stringMatching(refusal) });
  expect(imageRow(imageId)).toEqual(before);
  expect(auditRows()).toHaveLength(audit);
}

beforeEach(() => signOut());

describe("uploads in the library", () => {
  it("keep the file's own name, without folders, control characters or direction overrides, and who uploaded it", async () => {
    const editor = await signedIn("editor", "Ed Itor");
    const stored = await upload("C:\\photos\\quay\u0007 at\tdawn\u202Egnp\u200F\u0085.png", editor);
    expect(imageRow(stored.id)).toMatchObject({ fileName: "quay at dawngnp.png", uploadedById: editor.id });
    expect(auditRows().at(-1)).toMatchObject({ action: "image.upload", details: "quay at dawngnp.png, 1400×700" });
  });
});

describe("where a picture is used", () => {
  it("is kept by every save: the hero and the body's pictures and links, and nothing once they are gone", async () => {
    await signedIn("editor");
    const [hero, inBody, linked, escaped, unknown] = [makeImage(), makeImage(), makeImage(), makeImage(), "00000000deadbeef"];
    // The last picture's address is spelled with Markdown escapes, which readers' pages show as the picture all the same.
    const bodyMarkdown = `![The ferry](/media/${inBody.id})\n\n[Map](/media/${linked.id}) and [gone](/media/${unknown})\n\n![Pier](\\/media\\/${escaped.id})`;
    const saved = await saveArticle({ heroImageId: hero.id, heroAlt: "The quay", bodyMarkdown });
    if (!("id" in saved)) throw new Error(JSON.stringify(saved));
    expect(picturesRecordedFor(saved.id)).toEqual([hero.id, inBody.id, linked.id, escaped.id].sort());
    const again = await saveArticle({ id: String(saved.id), baseRevision: "1", slug: `ferry-${crypto.randomUUID().slice(0, 8)}`, bodyMarkdown: "No pictures now." });
    expect(again).toEqual({ id: saved.id });
    expect(picturesRecordedFor(saved.id)).toEqual([]);
  });

  it("refuses a save whose body shows a picture no longer stored, and stores nothing of it", async () => {
    await signedIn("editor");
    const result = await saveArticle({ bodyMarkdown: "![The ferry](/media/00000000deadbeef)" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { bodyMarkdown: expect.stringContaining("/media/00000000deadbeef") } });
  });

  it("lists each picture's newest articles and profiles, and counts the rest", () => {
    const picture = makeImage();
    const articles = Array.from({ length: usesShown + 2 }, () => makeArticle());
    getDb().insert(articleImages).values(articles.map((a) => ({ articleId: a.id, imageId: picture.id }))).run();
    const [withAvatar] = getDb().select().from(authors).where(eq(authors.id, articles[0].authorId)).all();
    getDb().update(authors).set({ avatarImageId: picture.id }).where(eq(authors.id, withAvatar.id)).run();
    const lonely = makeImage();
    const uses = picturesUses([picture.id, lonely.id]);
    expect(uses.get(picture.id)!.articles.map((a) => a.id)).toEqual(articles.slice(-usesShown).reverse().map((a) => a.id));
    expect(uses.get(picture.id)!.avatars).toEqual([{ id: withAvatar.id, name: withAvatar.name }]);
    expect(uses.get(lonely.id)).toEqual({ articles: [], pages: [], avatars: [] });
    const listed = listLibraryImages("all", 1000, 0);
    expect(listed.find((i) => i.id === picture.id)?.uses).toBe(usesShown + 3);
    expect(listLibraryImages("unused", 1000, 0).map((i) => i.id)).toContain(lonely.id);
    expect(listLibraryImages("unused", 1000, 0).map((i) => i.id)).not.toContain(picture.id);
    expect(countLibraryImages("unused")).toBe(listLibraryImages("unused", 1000, 0).length);
  });
});

describe("deleteImageAction", () => {
  it("deletes an unused picture with its files, audited, and goes back to the same list", async () => {
    const editor = await signedIn("editor", "Ed Itor");
    const stored = await upload("harbour.png", editor);
    const files = imageWidthsFor(stored.width).map((w) => mediaFile(stored.id, w));
    expect(files.every((file) => fs.existsSync(file))).toBe(true);
    const result = await runAction(deleteImageAction, { imageId: stored.id, show: "unused", page: "2" });
    expect(result).toEqual({ redirectedTo: "/dashboard/media?show=unused&page=2&deleted=1" });
    expect(imageRow(stored.id)).toBeUndefined();
    expect(files.some((file) => fs.existsSync(file))).toBe(false);
    expect(auditRows().at(-1)).toMatchObject({ action: "image.delete", entityId: stored.id, actorId: editor.id, details: "1400×700" });
  });

  it("refuses a picture an article or a profile shows, whoever asks", async () => {
    const admin = await signedIn("admin");
    const hero = makeImage({ uploadedById: admin.id });
    getDb().insert(articleImages).values({ articleId: makeArticle().id, imageId: hero.id }).run();
    const avatar = makeImage({ uploadedById: admin.id });
    getDb().update(authors).set({ avatarImageId: avatar.id }).where(eq(authors.id, admin.id)).run();
    for (const picture of [hero, avatar]) {
      await expectNotDeleted(picture.id, /in use/);
    }
  });

  it("refuses someone else's upload of the last 24 hours, which may be in an article not saved yet", async () => {
    const uploader = await signedIn("editor", "First Editor");
    const fresh = makeImage({ uploadedById: uploader.id, createdAt: new Date(Date.now() - 60 * 60 * 1000) });
    await signedIn("admin", "Other Admin");
    await expectNotDeleted(fresh.id, /24 hours/);
  });

  it("says so when the picture is gone already, and refuses a malformed id", async () => {
    await signedIn("editor");
    expect(await runAction(deleteImageAction, { imageId: "00000000deadbeef" })).toMatchObject({ status: "error", message: expect.stringMatching(/no longer in the library/) });
    expect(await runAction(deleteImageAction, { imageId: "../../etc/passwd" })).toMatchObject({ status: "error", fieldErrors: { imageId: "This picture is not in the library." } });
  });

  it("refuses readers", async () => {
    const picture = makeImage();
    await expectRefusedWithoutChange(() => runAction(deleteImageAction, { imageId: picture.id }), () => imageRow(picture.id), /sign in/i);
  });
});
