import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { authors, authorSlugRedirects, sessions } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { form } from "@/lib/testing/forms";
import { makeAuthor } from "@/lib/testing/fixtures";
import { signInAs, signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { createUserAction, resetPasswordAction, setDisabledAction, setRoleAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "users-test-secret";

const allUsers = () => getDb().select().from(authors).orderBy(authors.id).all();
const user = (id: number) => getDb().select().from(authors).where(eq(authors.id, id)).get()!;
const sessionsOf = (id: number) => getDb().select().from(sessions).where(eq(sessions.authorId, id)).all();
const auditOf = (id: number, action: string) => auditRows().filter((r) => r.entityId === String(id) && r.action === action);

beforeEach(() => signOut());

describe("createUserAction", () => {
  it("creates an account that can sign in, and audits it", async () => {
    const admin = await signedIn("admin", "Ada Admin");
    const state = await createUserAction(undefined, form({ name: " Sam Reporter ", email: "Sam@Example.com", role: "editor", password: "long-enough-1" }));
    expect(state).toEqual({ status: "success", message: "Sam Reporter can now sign in as sam@example.com, as an editor." });
    const created = allUsers().find((u) => u.loginEmail === "sam@example.com")!;
    expect(created).toMatchObject({ name: "Sam Reporter", role: "editor", disabled: false, slug: "sam-reporter" });
    expect(await verifyPassword(created.passwordHash!, "long-enough-1")).toBe(true);
    expect(auditOf(created.id, "user.create")).toMatchObject([{ actorId: admin.id, details: "sam@example.com as editor" }]);
  });

  it("gives a new account neither a slug in use nor one that still redirects to another author", async () => {
    await signedIn("admin", "Ada Admin");
    const moved = makeAuthor("Lena Moved");
    getDb().update(authors).set({ slug: "lena-moved-on" }).where(eq(authors.id, moved.id)).run();
    getDb().insert(authorSlugRedirects).values({ oldSlug: "lena-park", authorId: moved.id }).run();
    makeAuthor("Lena Park-Holder");
    getDb().update(authors).set({ slug: "lena-park-2" }).where(eq(authors.name, "Lena Park-Holder")).run();
    await createUserAction(undefined, form({ name: "Lena Park", email: "lena@example.com", role: "editor", password: "long-enough-1" }));
    expect(allUsers().find((u) => u.loginEmail === "lena@example.com")?.slug).toBe("lena-park-3");
  });

  it("marks each invalid field and never echoes the password", async () => {
    await signedIn("admin");
    const before = allUsers();
    const state = await createUserAction(undefined, form({ name: "", email: "not-an-email", role: "owner", password: "short" }));
    expect(state).toMatchObject({ status: "error", values: { email: "not-an-email", role: "owner" } });
    if (state.status !== "error") return;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
    expect(state.fieldErrors.password).toBe("Use at least 8 characters.");
    expect(JSON.stringify(state)).not.toContain("short\"");
    expect(allUsers()).toEqual(before);
  });

  it("refuses an email that already has an account, beside the email field", async () => {
    const existing = makeAuthor();
    await signedIn("admin");
    const state = await createUserAction(undefined, form({ name: "Copy", email: existing.loginEmail, role: "editor", password: "long-enough-1" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { email: `${existing.loginEmail} already has an account.` }, values: { name: "Copy" } });
  });

  it("refuses an editor and a signed-out request, creating nothing", async () => {
    const request = () => createUserAction(undefined, form({ name: "Intruder", email: "intruder@example.com", role: "admin", password: "long-enough-1" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, allUsers, /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, allUsers, /Sign in again/);
  });
});

describe("setRoleAction", () => {
  it("promotes and demotes, auditing each", async () => {
    const target = makeAuthor();
    const admin = await signedIn("admin");
    expect(await setRoleAction(undefined, form({ userId: String(target.id), role: "admin" }))).toEqual({ status: "success", message: "Role saved: admin." });
    expect(user(target.id).role).toBe("admin");
    expect(await setRoleAction(undefined, form({ userId: String(target.id), role: "editor" }))).toMatchObject({ status: "success" });
    expect(user(target.id).role).toBe("editor");
    expect(auditOf(target.id, "user.set-role")).toMatchObject([{ actorId: admin.id, details: "admin" }, { details: "editor" }]);
  });

  it("refuses an admin changing their own role", async () => {
    const admin = await signedIn("admin", "Self Admin");
    const before = allUsers();
    expect(await setRoleAction(undefined, form({ userId: String(admin.id), role: "editor" }))).toEqual({
      status: "error",
      message: "You cannot change the role of yourself: another admin can.",
      fieldErrors: {},
      values: {},
    });
    expect(allUsers()).toEqual(before);
    expect(auditOf(admin.id, "user.set-role")).toEqual([]);
  });

  it("marks an unknown role beside the field", async () => {
    const target = makeAuthor();
    await signedIn("admin");
    expect(await setRoleAction(undefined, form({ userId: String(target.id), role: "owner" }))).toMatchObject({ status: "error", fieldErrors: { role: "Choose a role: editor or admin." } });
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const editor = await signedIn("editor");
    // An editor promoting themselves is the request that matters most.
    const request = () => setRoleAction(undefined, form({ userId: String(editor.id), role: "admin" }));
    await expectRefusedWithoutChange(request, allUsers, /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, allUsers, /Sign in again/);
  });
});

describe("setDisabledAction", () => {
  it("disables a user, ending their sessions, and enables them again", async () => {
    const target = makeAuthor();
    await signInAs(target.id);
    await signedIn("admin");
    expect(sessionsOf(target.id)).toHaveLength(1);
    expect(await setDisabledAction(undefined, form({ userId: String(target.id), disabled: "true" }))).toMatchObject({ status: "success", message: "Disabled: every session of this user has ended." });
    expect(user(target.id).disabled).toBe(true);
    expect(sessionsOf(target.id)).toEqual([]);
    expect(await setDisabledAction(undefined, form({ userId: String(target.id), disabled: "false" }))).toMatchObject({ status: "success" });
    expect(user(target.id).disabled).toBe(false);
    expect(auditRows().filter((r) => r.entityId === String(target.id)).map((r) => r.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("refuses an admin disabling themselves", async () => {
    const admin = await signedIn("admin", "Solo Admin");
    const before = allUsers();
    expect(await setDisabledAction(undefined, form({ userId: String(admin.id), disabled: "true" }))).toMatchObject({
      status: "error",
      message: "You cannot disable yourself: another admin can.",
    });
    expect(allUsers()).toEqual(before);
    expect(sessionsOf(admin.id)).toHaveLength(1);
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const target = makeAuthor();
    const request = () => setDisabledAction(undefined, form({ userId: String(target.id), disabled: "true" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, allUsers, /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, allUsers, /Sign in again/);
  });
});

describe("resetPasswordAction", () => {
  it("sets the typed password, ends the user's sessions and audits it", async () => {
    const target = makeAuthor();
    await signInAs(target.id);
    const admin = await signedIn("admin");
    const state = await resetPasswordAction(undefined, form({ userId: String(target.id), password: "a-new-password" }));
    expect(state).toMatchObject({ status: "success" });
    expect(JSON.stringify(state)).not.toContain("a-new-password");
    expect(await verifyPassword(user(target.id).passwordHash!, "a-new-password")).toBe(true);
    expect(sessionsOf(target.id)).toEqual([]);
    expect(auditOf(target.id, "user.reset-password")).toMatchObject([{ actorId: admin.id }]);
  });

  it("keeps the admin's own session when they reset their own password", async () => {
    const admin = await signedIn("admin");
    expect(await resetPasswordAction(undefined, form({ userId: String(admin.id), password: "my-new-password" }))).toMatchObject({ status: "success" });
    expect(sessionsOf(admin.id)).toHaveLength(1);
  });

  it("refuses a short password beside the field, without echoing it", async () => {
    const target = makeAuthor();
    await signedIn("admin");
    const state = await resetPasswordAction(undefined, form({ userId: String(target.id), password: "short" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { password: "Use at least 8 characters." }, values: { userId: String(target.id) } });
    expect(JSON.stringify(state)).not.toContain("short\"");
    expect(user(target.id).passwordHash).toBeNull();
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const target = makeAuthor();
    const request = () => resetPasswordAction(undefined, form({ userId: String(target.id), password: "taken-over-1" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, allUsers, /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, allUsers, /Sign in again/);
  });
});
