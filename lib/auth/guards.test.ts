import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { authors, sessions } from "@/db/schema";
import { makeAuthor } from "@/lib/testing/fixtures";
import { signInAs, signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { adminAction, editorAction, editorRoute } from "./guards";
import { form } from "@/lib/testing/forms";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "guards-test-secret";

const ran = vi.fn();
const schema = z.object({ title: z.string().min(3, { message: "Too short." }), password: z.string().optional() });
const editorOnly = editorAction(schema, (input) => {
  ran(input);
  return { status: "success", message: "done" };
});
const adminOnly = adminAction(schema, () => {
  ran();
  return { status: "success", message: "done" };
});


function staffMember(role: "editor" | "admin", disabled = false) {
  const author = makeAuthor();
  getDb().update(authors).set({ role, disabled }).where(eq(authors.id, author.id)).run();
  return author;
}

beforeEach(() => {
  ran.mockClear();
  signOut();
});

describe("action guards", () => {
  it("refuse a signed-out caller without running the action", async () => {
    const state = await editorOnly(undefined, form({ title: "Hello" }));
    expect(state).toMatchObject({ status: "error", refused: true });
    expect(ran).not.toHaveBeenCalled();
  });

  it("let an editor run an editor action, with validated input", async () => {
    await signInAs(staffMember("editor").id);
    expect(await editorOnly(undefined, form({ title: "Hello" }))).toEqual({ status: "success", message: "done" });
    expect(ran).toHaveBeenCalledWith({ title: "Hello" });
  });

  it("refuse an editor an admin action, and let an admin run it", async () => {
    await signInAs(staffMember("editor").id);
    expect(await adminOnly(undefined, form({ title: "Hello" }))).toMatchObject({ refused: true });
    await signInAs(staffMember("admin").id);
    expect(await adminOnly(undefined, form({ title: "Hello" }))).toMatchObject({ status: "success" });
  });

  it("refuse a disabled user and an ended session", async () => {
    const admin = staffMember("admin");
    const sessionId = await signInAs(admin.id);
    getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
    expect(await adminOnly(undefined, form({ title: "Hello" }))).toMatchObject({ refused: true });
    await signInAs(staffMember("admin", true).id);
    expect(await adminOnly(undefined, form({ title: "Hello" }))).toMatchObject({ refused: true });
    expect(ran).not.toHaveBeenCalled();
  });

  it("follow a role change at the next call", async () => {
    const user = staffMember("admin");
    await signInAs(user.id);
    expect(await adminOnly(undefined, form({ title: "Hello" }))).toMatchObject({ status: "success" });
    getDb().update(authors).set({ role: "editor" }).where(eq(authors.id, user.id)).run();
    expect(await adminOnly(undefined, form({ title: "Hello" }))).toMatchObject({ refused: true });
  });

  it("return field errors and the entered values, but never a password", async () => {
    await signInAs(staffMember("editor").id);
    const state = await editorOnly(undefined, form({ title: "Hi", password: "secret-value" }));
    expect(state).toEqual({ status: "error", message: "Please correct the fields marked below.", fieldErrors: { title: "Too short." }, values: { title: "Hi" } });
    expect(ran).not.toHaveBeenCalled();
  });
});

describe("route guards", () => {
  const handler = editorRoute(() => new Response("ran"));
  const call = () => handler(new Request("http://localhost/api/x", { method: "POST" }), {});

  it("answer 401 signed out, 200 for staff", async () => {
    expect((await call()).status).toBe(401);
    await signInAs(staffMember("editor").id);
    expect(await (await call()).text()).toBe("ran");
  });

  it("refuse staff a write that a page of another origin sent, and take one from this origin", async () => {
    await signInAs(staffMember("editor").id);
    const post = (origin: string) => handler(new Request("http://localhost:3000/api/x", { method: "POST", headers: { origin, host: "localhost:3000" } }), {});
    for (const origin of ["http://evil.example", "http://localhost:3001", "http://admin.localhost:3000", "null"]) {
      const refused = await post(origin);
      expect([origin, refused.status]).toEqual([origin, 403]);
    }
    expect(await (await post("http://localhost:3000")).text()).toBe("ran");
  });
});
