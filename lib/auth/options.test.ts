import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createSession, deleteSession } from "@/db/queries/sessions";
import { authors, loginAttempts } from "@/db/schema";
import { makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { authOptions } from "./options";

setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "options-test-secret";

// What next-auth's own /api/auth/session does with a session cookie's token: the jwt callback decides.
const refresh = async (sid: string) => authOptions().callbacks!.jwt!({ token: { sid, name: "Old name", role: "editor" } } as never);

describe("the token next-auth's session endpoint reads", () => {
  it("stays valid while its session lives, with the user's current name and role", async () => {
    const author = makeAuthor("Ines Current");
    getDb().update(authors).set({ role: "admin" }).where(eq(authors.id, author.id)).run();
    const sid = createSession(getDb(), author.id, new Date(Date.now() + 60_000));
    expect(await refresh(sid)).toMatchObject({ sid, name: "Ines Current", role: "admin" });
  });

  it("ends with its session: signed out, expired, or its user disabled", async () => {
    const author = makeAuthor();
    const signedOut = createSession(getDb(), author.id, new Date(Date.now() + 60_000));
    deleteSession(signedOut);
    await expect(refresh(signedOut)).rejects.toThrow(/ended/);
    const expired = createSession(getDb(), author.id, new Date(Date.now() - 1));
    await expect(refresh(expired)).rejects.toThrow(/ended/);
    const live = createSession(getDb(), author.id, new Date(Date.now() + 60_000));
    getDb().update(authors).set({ disabled: true }).where(eq(authors.id, author.id)).run();
    await expect(refresh(live)).rejects.toThrow(/ended/);
  });
});

describe("the sign-in form's credentials", () => {
  type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
  const authorize = (credentials: Record<string, string>) => {
    const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
    return provider.options.authorize(credentials, { headers: { "x-forwarded-for": "198.51.100.3" } });
  };
  const attempts = () => getDb().select().from(loginAttempts).all().length;

  it("are refused unrecorded and unchecked when they are not an email and a password of sane length", async () => {
    const before = attempts();
    for (const credentials of [
      { email: `${"a".repeat(300)}@example.com`, password: "whatever-it-is" },
      { email: "not an address", password: "whatever-it-is" },
      { email: "someone@example.com", password: "p".repeat(1025) },
      { email: "someone@example.com", password: "" },
    ]) {
      await expect(authorize(credentials)).rejects.toThrow("Wrong email or password.");
    }
    expect(attempts()).toBe(before);
  });

  it("go on to the password check when they are", async () => {
    const before = attempts();
    await expect(authorize({ email: "Someone@Example.com ", password: "wrong-password" })).rejects.toThrow("Wrong email or password.");
    expect(getDb().select().from(loginAttempts).all().slice(before)).toMatchObject([{ email: "someone@example.com", succeeded: false }]);
  });
});
