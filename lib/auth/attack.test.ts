import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { authors } from "@/db/schema";
import { recentFailures } from "@/db/queries/login-attempts";
import { makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import * as password from "./password";
import { authenticate } from "./sign-in";
import { throttledUntil, throttleWindowMs } from "./throttle";

// The real argon2 check, counted: a throttled attempt must not reach it.
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
setUpTempDatabase();

const secret = "the right password";
const checks = () => vi.mocked(password.verifyPassword).mock.calls.length;

async function accounts(n: number) {
  const hash = await password.hashPassword(secret);
  return Array.from({ length: n }, () => {
    const author = makeAuthor();
    getDb().update(authors).set({ passwordHash: hash }).where(eq(authors.id, author.id)).run();
    return author;
  });
}

/** When the next attempt for this account from this address may go ahead. */
function openAt(email: string, ip: string, now: number): number {
  const f = recentFailures(email, ip, now - throttleWindowMs);
  return throttledUntil(f.account, f.ip);
}

describe("a scripted attack", () => {
  it("200 wrong passwords from one IP across 20 accounts: the IP is slowed down, and the right password works after the wait", async () => {
    const targets = await accounts(20);
    const ip = "203.0.113.66";
    const t0 = Date.UTC(2026, 5, 1, 12, 0, 0);
    const before = checks();
    let refusedUnheard = 0;
    for (let i = 0; i < 200; i++) {
      const result = await authenticate(targets[i % 20].loginEmail, `guess-${i}`, ip, t0 + i * 100);
      expect(result.ok).toBe(false);
      if (!result.ok && result.message.startsWith("Too many")) refusedUnheard++;
    }
    const checked = checks() - before;
    // 20 failures are free; after that each attempt waits 2^(n−20) s, so over 20 s only a handful more are heard.
    expect(checked).toBeLessThanOrEqual(26);
    expect(refusedUnheard).toBe(200 - checked);
    console.log(`one IP, 20 accounts: 200 attempts, ${checked} passwords checked, ${refusedUnheard} refused unheard`);

    const victim = targets[0];
    const last = t0 + 199 * 100;
    const until = openAt(victim.loginEmail, ip, last);
    expect(until).toBeGreaterThan(last);
    expect(await authenticate(victim.loginEmail, secret, ip, until - 1)).toMatchObject({ ok: false });
    expect(await authenticate(victim.loginEmail, secret, ip, until)).toMatchObject({ ok: true, user: { id: victim.id } });
  });

  it("50 wrong passwords against one account from 50 IPs: the account is slowed down, and the right password works after the wait", async () => {
    const [victim] = await accounts(1);
    const t0 = Date.UTC(2026, 5, 2, 12, 0, 0);
    const before = checks();
    for (let i = 0; i < 50; i++) {
      expect((await authenticate(victim.loginEmail, `guess-${i}`, `198.51.100.${i + 1}`, t0 + i * 100)).ok).toBe(false);
    }
    const checked = checks() - before;
    expect(checked).toBeLessThanOrEqual(9);
    console.log(`one account, 50 IPs: 50 attempts, ${checked} passwords checked`);

    const freshIp = "192.0.2.200";
    const until = openAt(victim.loginEmail, freshIp, t0 + 49 * 100);
    expect(await authenticate(victim.loginEmail, secret, freshIp, until - 1)).toMatchObject({ ok: false, message: expect.stringContaining("Too many") });
    expect(await authenticate(victim.loginEmail, secret, freshIp, until)).toMatchObject({ ok: true, user: { id: victim.id } });
  });
});
