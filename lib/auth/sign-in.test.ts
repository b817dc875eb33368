import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, authors, loginAttempts, sessions } from "@/db/schema";
import { recordLoginAttempt } from "@/db/queries/login-attempts";
import { makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import * as password from "./password";
import { authenticate } from "./sign-in";
import { wrongCredentials } from "./sign-in-messages";
import { throttledUntil, throttleWindowMs } from "./throttle";

// The real argon2 check, watched: a throttled attempt must be refused without it.
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
setUpTempDatabase();

const secret = "correct horse battery";
const t0 = Date.UTC(2026, 0, 15, 9, 0, 0);
let ipCounter = 0;
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const throttledMessage = (seconds: number) => `Too many wrong passwords. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;

async function staffUser(options: { disabled?: boolean } = {}) {
  const author = makeAuthor();
  getDb()
    .update(authors)
    .set({ passwordHash: await password.hashPassword(secret), disabled: options.disabled ?? false })
    .where(eq(authors.id, author.id))
    .run();
  return author;
}

/** `n` wrong passwords for `email` from `ip`, one millisecond apart from `start`. */
async function fail(email: string, ip: string, n: number, start: number) {
  for (let i = 0; i < n; i++) expect(await authenticate(email, "wrong password", ip, start + i)).toEqual({ ok: false, message: wrongCredentials });
}

/** How often the password has been checked so far. */
const checks = () => vi.mocked(password.verifyPassword).mock.calls.length;

describe("account throttling", () => {
  it("refuses the sixth attempt within a second of five failures, unheard, and allows it after the wait", async () => {
    const user = await staffUser();
    const ip = freshIp();
    await fail(user.loginEmail, ip, 5, t0);
    const checked = checks();
    const lastFailure = t0 + 4;

    // Even the right password is refused, and the password is not checked at all.
    expect(await authenticate(user.loginEmail, secret, ip, lastFailure + 400)).toEqual({ ok: false, message: throttledMessage(1) });
    expect(checks()).toBe(checked);
    expect(getDb().select().from(loginAttempts).where(eq(loginAttempts.email, user.loginEmail)).all()).toHaveLength(5);

    const allowed = await authenticate(user.loginEmail, secret, ip, lastFailure + 1000);
    expect(allowed).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("lets no more than five of many guesses sent at once be checked, then refuses even the right password", async () => {
    const user = await staffUser();
    const ip = freshIp();
    const checked = checks();
    const answers = await Promise.all(Array.from({ length: 50 }, () => authenticate(user.loginEmail, "wrong password", ip, t0)));
    expect(checks() - checked).toBe(5);
    expect(answers.filter((a) => !a.ok && a.message === wrongCredentials)).toHaveLength(5);
    expect(await authenticate(user.loginEmail, secret, ip, t0 + 10)).toEqual({ ok: false, message: throttledMessage(1) });
  });

  it("counts the account, not the spelling of its address", async () => {
    const user = await staffUser();
    await fail(`  ${user.loginEmail.toUpperCase()} `, freshIp(), 5, t0);
    expect(await authenticate(user.loginEmail, secret, freshIp(), t0 + 100)).toEqual({ ok: false, message: throttledMessage(1) });
  });

  it("doubles the wait with each further failure", async () => {
    const user = await staffUser();
    const ip = freshIp();
    await fail(user.loginEmail, ip, 5, t0);
    // The sixth attempt, after the 1 s wait, fails: now the wait is 2 s from it.
    await fail(user.loginEmail, ip, 1, t0 + 4 + 1000);
    const sixth = t0 + 4 + 1000;
    expect(await authenticate(user.loginEmail, secret, ip, sixth + 100)).toEqual({ ok: false, message: throttledMessage(2) });
    expect(await authenticate(user.loginEmail, secret, ip, sixth + 1999)).toEqual({ ok: false, message: throttledMessage(1) });
    await fail(user.loginEmail, ip, 1, sixth + 2000);
    const seventh = sixth + 2000;
    expect(await authenticate(user.loginEmail, secret, ip, seventh + 1)).toEqual({ ok: false, message: throttledMessage(4) });
  });

  it("caps the wait at 15 minutes", async () => {
    const user = await staffUser();
    const ip = freshIp();
    // 30 failures in the window would mean 2^25 s uncapped.
    for (let i = 0; i < 30; i++) recordLoginAttempt(user.loginEmail, ip, false, t0 + i * 1000);
    const last = t0 + 29_000;
    expect(await authenticate(user.loginEmail, secret, ip, last + 1)).toEqual({ ok: false, message: throttledMessage(900) });
    expect(await authenticate(user.loginEmail, secret, ip, last + 60_000)).toEqual({ ok: false, message: throttledMessage(840) });
    expect(await authenticate(user.loginEmail, secret, ip, last + 15 * 60 * 1000)).toMatchObject({ ok: true });
  });

  it("resets the account's count after a successful sign-in", async () => {
    const user = await staffUser();
    const ip = freshIp();
    await fail(user.loginEmail, ip, 4, t0);
    expect(await authenticate(user.loginEmail, secret, ip, t0 + 10)).toMatchObject({ ok: true });
    // Without the reset, this would be the fifth and sixth failure: the sixth would be throttled.
    await fail(user.loginEmail, ip, 4, t0 + 20);
    expect(await authenticate(user.loginEmail, secret, ip, t0 + 30)).toMatchObject({ ok: true });
  });

  it("forgets failures older than the window", async () => {
    const user = await staffUser();
    const ip = freshIp();
    await fail(user.loginEmail, ip, 5, t0);
    expect(await authenticate(user.loginEmail, secret, ip, t0 + 4 + throttleWindowMs)).toMatchObject({ ok: true });
  });
});

describe("address throttling", () => {
  it("throttles an IP after 20 failures across many accounts, and only that IP", async () => {
    const ip = freshIp();
    // Four failures each for five accounts: no single account reaches its own limit.
    const accounts = await Promise.all(Array.from({ length: 5 }, () => staffUser()));
    let at = t0;
    for (const account of accounts) {
      await fail(account.loginEmail, ip, 4, at);
      at += 4;
    }
    const victim = await staffUser();
    const checked = checks();
    expect(await authenticate(victim.loginEmail, secret, ip, at + 100)).toEqual({ ok: false, message: throttledMessage(1) });
    expect(checks()).toBe(checked);
    // The same account from another address is unaffected.
    expect(await authenticate(victim.loginEmail, secret, freshIp(), at + 100)).toMatchObject({ ok: true });
    expect(await authenticate(victim.loginEmail, secret, ip, at - 1 + 1000)).toMatchObject({ ok: true });
  });

  it("counts an IPv6 connection's whole /64 as one address: a new address in it per guess does not help", async () => {
    const victim = await staffUser();
    for (let i = 0; i < 20; i++) await fail(`guess-${i}@test.example`, `2001:db8:77:1::${(i + 1).toString(16)}`, 1, t0 + i);
    expect(await authenticate(victim.loginEmail, secret, "2001:db8:77:1:abcd::99", t0 + 100)).toEqual({ ok: false, message: throttledMessage(1) });
    // The next /64 is another connection.
    expect(await authenticate(victim.loginEmail, secret, "2001:db8:77:2::1", t0 + 100)).toMatchObject({ ok: true });
  });

  it("does not forget an IP's failures when a valid account signs in from it", async () => {
    const ip = freshIp();
    const own = await staffUser();
    for (let i = 0; i < 19; i++) await fail(`guess-${i}@test.example`, ip, 1, t0 + i);
    expect(await authenticate(own.loginEmail, secret, ip, t0 + 50)).toMatchObject({ ok: true });
    await fail("guess-last@test.example", ip, 1, t0 + 60);
    expect(await authenticate(own.loginEmail, secret, ip, t0 + 100)).toEqual({ ok: false, message: throttledMessage(1) });
  });

  it("throttles an IP guessing unknown addresses too", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) await fail(`nobody-${i}@test.example`, ip, 1, t0 + i);
    const user = await staffUser();
    expect(await authenticate(user.loginEmail, secret, ip, t0 + 500)).toEqual({ ok: false, message: throttledMessage(1) });
  });
});

describe("throttledUntil", () => {
  const none = { failures: 0, lastFailureAt: null };
  it("waits 2^(n−5) s after an account's fifth failure and 2^(n−20) s after an IP's twentieth, at most 15 minutes", () => {
    expect(throttledUntil({ failures: 4, lastFailureAt: t0 }, none)).toBe(0);
    expect(throttledUntil({ failures: 5, lastFailureAt: t0 }, none)).toBe(t0 + 1000);
    expect(throttledUntil({ failures: 6, lastFailureAt: t0 }, none)).toBe(t0 + 2000);
    expect(throttledUntil({ failures: 9, lastFailureAt: t0 }, none)).toBe(t0 + 16_000);
    expect(throttledUntil({ failures: 15, lastFailureAt: t0 }, none)).toBe(t0 + 900_000);
    expect(throttledUntil({ failures: 99, lastFailureAt: t0 }, none)).toBe(t0 + 900_000);
    expect(throttledUntil(none, { failures: 19, lastFailureAt: t0 })).toBe(0);
    expect(throttledUntil(none, { failures: 21, lastFailureAt: t0 })).toBe(t0 + 2000);
    expect(throttledUntil({ failures: 5, lastFailureAt: t0 }, { failures: 22, lastFailureAt: t0 })).toBe(t0 + 4000);
  });
});

describe("credentials", () => {
  it("gives a wrong email and a wrong password the same answer, and runs argon2 for both", async () => {
    const user = await staffUser();
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const time = async (email: string) => {
      const results: Awaited<ReturnType<typeof authenticate>>[] = [];
      const ms: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        results.push(await authenticate(email, "not the password", freshIp(), t0));
        ms.push(performance.now() - started);
      }
      return { results, ms: median(ms) };
    };
    // The cost of one argon2id check on this machine, measured the same way.
    const stored = await password.hashPassword("some other password");
    const argonMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await password.verifyPassword(stored, "not the password");
      argonMs.push(performance.now() - started);
    }
    const argon = median(argonMs);

    const checked = checks();
    const unknown = await time("nobody-here@test.example");
    const wrong = await time(user.loginEmail);
    for (const result of [...unknown.results, ...wrong.results]) expect(result).toEqual({ ok: false, message: wrongCredentials });
    expect(checks()).toBe(checked + 10);
    // argon2id at 19 MiB takes about 9–15 ms on a fast machine, so a fixed "more than 10 ms" would be flaky: each path
    // must take at least half of a measured argon2 check (a lookup without one takes well under a millisecond).
    expect(argon).toBeGreaterThan(5);
    expect(unknown.ms).toBeGreaterThan(argon / 2);
    expect(wrong.ms).toBeGreaterThan(argon / 2);
  });

  it("refuses a disabled user even with the right password, and opens no session", async () => {
    const user = await staffUser({ disabled: true });
    const result = await authenticate(user.loginEmail, secret, freshIp(), t0);
    expect(result).toEqual({ ok: false, message: "This account is disabled. Ask an admin to enable it." });
    expect(getDb().select().from(sessions).where(eq(sessions.authorId, user.id)).all()).toHaveLength(0);
  });

  it("refuses a byline without a password", async () => {
    const byline = makeAuthor();
    expect(await authenticate(byline.loginEmail, "", freshIp(), t0)).toEqual({ ok: false, message: wrongCredentials });
    expect(await authenticate(byline.loginEmail, "anything-at-all", freshIp(), t0)).toEqual({ ok: false, message: wrongCredentials });
  });

  it("audits a refused attempt against a real account, with the address it came from, but not guesses at unknown emails", async () => {
    const user = await staffUser();
    const disabled = await staffUser({ disabled: true });
    const auditOf = (id: number) => getDb().select().from(auditLog).where(eq(auditLog.entityId, String(id))).all();
    const before = getDb().select().from(auditLog).all().length;
    await authenticate(user.loginEmail, "wrong password", "203.0.113.7", t0);
    await authenticate(disabled.loginEmail, secret, "203.0.113.8", t0);
    await authenticate(`nobody-${Date.now()}@dateline.test`, "wrong password", "203.0.113.9", t0);
    expect(auditOf(user.id)).toMatchObject([{ action: "sign-in.failed", actorId: null, actorLabel: "someone at 203.0.113.7", entityType: "user", details: "wrong password", at: new Date(t0) }]);
    expect(auditOf(disabled.id)).toMatchObject([{ action: "sign-in.failed", actorLabel: "someone at 203.0.113.8", details: "account disabled" }]);
    expect(getDb().select().from(auditLog).all()).toHaveLength(before + 2);
    // Each still counts toward throttling.
    expect(getDb().select().from(loginAttempts).where(eq(loginAttempts.ip, "203.0.113.9")).all()).toMatchObject([{ succeeded: false }]);
  });

  it("opens a session and audits the sign-in on success", async () => {
    const user = await staffUser();
    const result = await authenticate(user.loginEmail, secret, freshIp(), t0);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, name: user.name, role: "editor" } });
    if (!result.ok) return;
    const session = getDb().select().from(sessions).where(eq(sessions.id, result.sessionId)).get();
    expect(session).toMatchObject({ authorId: user.id, expiresAt: new Date(t0 + 12 * 60 * 60 * 1000) });
    const audit = getDb().select().from(auditLog).where(eq(auditLog.entityId, String(user.id))).all();
    expect(audit).toMatchObject([{ action: "sign-in", actorId: user.id, actorLabel: user.name, entityType: "user", at: new Date(t0) }]);
  });
});
