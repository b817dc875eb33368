import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, authors, images, sessions } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { makeAuthor } from "@/lib/testing/fixtures";
import { signInAs, signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { authorMovedTo } from "@/db/queries/authors";
import { changePassword, saveProfile } from "./actions";
import { form } from "@/lib/testing/forms";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
// revalidatePath needs Next's request store, which a test has none of.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "profile-test-secret";


const author = (id: number) => getDb().select().from(authors).where(eq(authors.id, id)).get()!;
const auditOf = (id: number, action: string) =>
  getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, action)))
    .all();

function profileForm(user: { name: string; slug: string; bio: string }, changes: Record<string, string> = {}) {
  return form({ name: user.name, bio: user.bio, publicEmail: "", slug: user.slug, avatarImageId: "", ...changes });
}

beforeEach(() => signOut());

describe("saveProfile", () => {
  it("refuses a signed-out caller and changes nothing", async () => {
    const user = makeAuthor();
    const state = await saveProfile(undefined, profileForm(user, { bio: "Hacked." }));
    expect(state).toMatchObject({ status: "error", refused: true });
    expect(author(user.id).bio).toBe(user.bio);
    expect(auditOf(user.id, "user.profile")).toHaveLength(0);
  });

  it("returns an error beside each invalid field and the values as entered", async () => {
    const user = makeAuthor();
    await signInAs(user.id);
    const state = await saveProfile(undefined, profileForm(user, { name: " ", publicEmail: "not-an-email", slug: "Not A Slug", bio: "New bio" }));
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["name", "publicEmail", "slug"]);
    expect(state.fieldErrors.publicEmail).toMatch(/email address/);
    expect(state.fieldErrors.slug).toMatch(/lowercase letters/);
    expect(state.values).toMatchObject({ publicEmail: "not-an-email", slug: "Not A Slug", bio: "New bio" });
    expect(author(user.id)).toMatchObject({ bio: user.bio, slug: user.slug });
  });

  it("refuses a slug another author uses, naming them, and keeps the entered values", async () => {
    const user = makeAuthor();
    const other = makeAuthor("Ada Other");
    await signInAs(user.id);
    const state = await saveProfile(undefined, profileForm(user, { slug: other.slug, bio: "Kept bio" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { slug: `The slug "${other.slug}" is already used by Ada Other. Choose another.` } });
    expect(state).toMatchObject({ values: { slug: other.slug, bio: "Kept bio" } });
    expect(author(user.id)).toMatchObject({ slug: user.slug, bio: user.bio });
    expect(auditOf(user.id, "user.profile")).toHaveLength(0);
  });

  it("keeps a changed slug's old address for its author, until another author takes that slug", async () => {
    const user = makeAuthor("Rafe Moved");
    const other = makeAuthor("Ines Later");
    const oldSlug = user.slug;
    await signInAs(user.id);
    expect(await saveProfile(undefined, profileForm(user, { slug: "rafe-moved-on" }))).toMatchObject({ status: "success" });
    expect(authorMovedTo(oldSlug)).toBe("rafe-moved-on");
    // A second change: the first old address follows to the newest.
    expect(await saveProfile(undefined, profileForm({ ...user, slug: "rafe-moved-on" }, { slug: "rafe-moved-again" }))).toMatchObject({ status: "success" });
    expect([authorMovedTo(oldSlug), authorMovedTo("rafe-moved-on")]).toEqual(["rafe-moved-again", "rafe-moved-again"]);

    await signInAs(other.id);
    expect(await saveProfile(undefined, profileForm(other, { slug: oldSlug }))).toMatchObject({ status: "success" });
    expect(authorMovedTo(oldSlug)).toBeUndefined();
    expect(authorMovedTo("rafe-moved-on")).toBe("rafe-moved-again");
  });

  it("refuses an avatar id that names no stored image", async () => {
    const user = makeAuthor();
    await signInAs(user.id);
    const state = await saveProfile(undefined, profileForm(user, { avatarImageId: "abcdefabcdef1234" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { avatarImageId: expect.stringMatching(/no longer stored: upload it again, or choose another from the library/) } });
    expect(author(user.id).avatarImageId).toBeNull();
  });

  it("saves every field and writes one audit entry naming what changed", async () => {
    const user = makeAuthor();
    getDb().insert(images).values({ id: "portrait0000000001", width: 400, height: 400 }).run();
    await signInAs(user.id);
    const state = await saveProfile(
      undefined,
      profileForm(user, { name: "  Jo Writer ", bio: "Covers the harbour.", publicEmail: "Jo@Example.com", slug: "jo-writer", avatarImageId: "portrait0000000001" }),
    );
    expect(state).toEqual({ status: "success", message: "Your profile is saved." });
    expect(author(user.id)).toMatchObject({ name: "Jo Writer", bio: "Covers the harbour.", publicEmail: "jo@example.com", slug: "jo-writer", avatarImageId: "portrait0000000001" });
    const audit = auditOf(user.id, "user.profile");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, entityType: "user" });
    expect(audit[0].details).toBe(`changed name, slug, bio, publicEmail, avatarImageId (slug ${user.slug} → jo-writer)`);
  });

  it("removes the photo and the public email when their fields are empty", async () => {
    const user = makeAuthor();
    getDb().insert(images).values({ id: "portrait0000000002", width: 400, height: 400 }).run();
    getDb().update(authors).set({ avatarImageId: "portrait0000000002", publicEmail: "old@example.com" }).where(eq(authors.id, user.id)).run();
    await signInAs(user.id);
    expect(await saveProfile(undefined, profileForm(user))).toMatchObject({ status: "success" });
    expect(author(user.id)).toMatchObject({ avatarImageId: null, publicEmail: null });
  });

  it("keeps its own slug, and writes no audit entry when nothing changed", async () => {
    const user = makeAuthor();
    await signInAs(user.id);
    expect(await saveProfile(undefined, profileForm(user))).toEqual({ status: "success", message: "Nothing changed: your profile is as it was." });
    expect(auditOf(user.id, "user.profile")).toHaveLength(0);
  });
});

describe("changePassword", () => {
  const oldPassword = "old-password-1";

  async function userWithPassword() {
    const user = makeAuthor();
    getDb()
      .update(authors)
      .set({ passwordHash: await hashPassword(oldPassword) })
      .where(eq(authors.id, user.id))
      .run();
    return user;
  }

  const sessionIds = (authorId: number) =>
    getDb()
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.authorId, authorId))
      .all()
      .map((s) => s.id)
      .sort();

  it("refuses a signed-out caller", async () => {
    const user = await userWithPassword();
    const state = await changePassword(undefined, form({ currentPassword: oldPassword, newPassword: "brand-new-pass", confirmPassword: "brand-new-pass" }));
    expect(state).toMatchObject({ status: "error", refused: true });
    expect(await verifyPassword(author(user.id).passwordHash!, oldPassword)).toBe(true);
  });

  it("sets the new password, ends the other sessions but keeps this one, and audits it", async () => {
    const user = await userWithPassword();
    const otherUser = await userWithPassword();
    const otherUsersSession = await signInAs(otherUser.id);
    const elsewhere = await signInAs(user.id);
    // The last sign-in is the session making the request.
    const here = await signInAs(user.id);

    const state = await changePassword(undefined, form({ currentPassword: oldPassword, newPassword: "brand-new-pass", confirmPassword: "brand-new-pass" }));
    expect(state).toMatchObject({ status: "success" });
    expect(JSON.stringify(state)).not.toMatch(/brand-new-pass|old-password/);
    const stored = author(user.id).passwordHash!;
    expect(await verifyPassword(stored, "brand-new-pass")).toBe(true);
    expect(await verifyPassword(stored, oldPassword)).toBe(false);
    expect(sessionIds(user.id)).toEqual([here]);
    expect(sessionIds(user.id)).not.toContain(elsewhere);
    expect(sessionIds(otherUser.id)).toEqual([otherUsersSession]);
    expect(auditOf(user.id, "user.change-password")).toMatchObject([{ actorId: user.id, entityType: "user" }]);
  });

  it("answers a wrong current password with a field error and changes nothing", async () => {
    const user = await userWithPassword();
    const elsewhere = await signInAs(user.id);
    const here = await signInAs(user.id);
    const before = author(user.id).passwordHash;
    const state = await changePassword(undefined, form({ currentPassword: "wrong-password", newPassword: "brand-new-pass", confirmPassword: "brand-new-pass" }));
    expect(state).toEqual({ status: "error", message: "This is not your current password.", fieldErrors: { currentPassword: "This is not your current password." }, values: {} });
    expect(author(user.id).passwordHash).toBe(before);
    expect(sessionIds(user.id)).toEqual([elsewhere, here].sort());
    expect(auditOf(user.id, "user.change-password")).toHaveLength(0);
  });

  it("throttles guesses at the current password as it throttles sign-ins, so a stolen session cannot guess faster", async () => {
    const user = await userWithPassword();
    await signInAs(user.id);
    const guess = (currentPassword: string) => changePassword(undefined, form({ currentPassword, newPassword: "brand-new-pass", confirmPassword: "brand-new-pass" }));
    for (let i = 0; i < 5; i++) expect(await guess(`wrong-${i}`)).toMatchObject({ fieldErrors: { currentPassword: "This is not your current password." } });
    // The sixth guess must wait, and so must the right password: the throttle answers before any check.
    expect(await guess("wrong-6")).toMatchObject({ fieldErrors: { currentPassword: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds?\.$/) } });
    expect(await guess(oldPassword)).toMatchObject({ status: "error", fieldErrors: { currentPassword: expect.stringMatching(/^Too many wrong passwords/) } });
    expect(await verifyPassword(author(user.id).passwordHash!, oldPassword)).toBe(true);
  });

  it("checks length and confirmation before anything else, and never echoes a password", async () => {
    const user = await userWithPassword();
    await signInAs(user.id);
    const short = await changePassword(undefined, form({ currentPassword: oldPassword, newPassword: "short", confirmPassword: "short" }));
    expect(short).toMatchObject({ status: "error", fieldErrors: { newPassword: "Use at least 8 characters." }, values: {} });
    const differ = await changePassword(undefined, form({ currentPassword: oldPassword, newPassword: "brand-new-pass", confirmPassword: "brand-new-pasS" }));
    expect(differ).toMatchObject({ status: "error", fieldErrors: { confirmPassword: expect.stringMatching(/differ/) }, values: {} });
    expect(JSON.stringify([short, differ])).not.toMatch(/short"|brand-new|old-password/);
    expect(await verifyPassword(author(user.id).passwordHash!, oldPassword)).toBe(true);
  });
});
