import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createSession, deleteSession } from "@/db/queries/sessions";
import { makeArticle, makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { countViewFromRequest } from "./count-request";
import { isStaffRequest } from "./staff";
import { visitorCookie } from "./visitor";

setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "test-secret-for-view-rules";

const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

function request(headers: Record<string, string>, cookie?: string) {
  return new NextRequest("http://localhost/api/views/1", {
    method: "POST",
    headers: { "x-forwarded-for": "192.0.2.10", ...headers, ...(cookie ? { cookie } : {}) },
  });
}

describe("which requests count", () => {
  it("counts a browser, and gives a new visitor a cookie", async () => {
    const article = makeArticle();
    const outcome = await countViewFromRequest(request({ "user-agent": firefox }), article.id, false);
    expect(outcome.result).toMatchObject({ counted: true, views: 1 });
    expect(outcome.setVisitorId).toMatch(/^[a-f0-9]{32}$/);
    const again = await countViewFromRequest(request({ "user-agent": firefox }, `${visitorCookie}=${outcome.setVisitorId}`), article.id, false);
    expect(again).toEqual({ result: { found: true, counted: false, views: 1 }, setVisitorId: undefined });
  });

  it.each([
    ["Googlebot", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"],
    ["Bingbot", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"],
    ["a link unfurler", "facebookexternalhit/1.1"],
    ["headless Chrome", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36"],
    ["curl", "curl/8.5.0"],
    ["no user agent", ""],
  ])("does not count %s", async (_, userAgent) => {
    const article = makeArticle();
    const outcome = await countViewFromRequest(request({ "user-agent": userAgent }), article.id, false);
    expect(outcome.result).toEqual({ found: true, counted: false, views: 0 });
  });

  it.each([
    ["Sec-Purpose: prefetch", { "sec-purpose": "prefetch" }],
    ["Sec-Purpose: prefetch;prerender", { "sec-purpose": "prefetch;prerender" }],
    ["Purpose: prefetch", { purpose: "prefetch" }],
    ["Next's router prefetch", { "next-router-prefetch": "1" }],
  ])("does not count a prefetch (%s)", async (_, headers) => {
    const article = makeArticle();
    const outcome = await countViewFromRequest(request({ "user-agent": firefox, ...headers }), article.id, false);
    expect(outcome.result).toMatchObject({ counted: false, views: 0 });
  });

  it("does not count signed-in staff", async () => {
    const article = makeArticle();
    expect((await countViewFromRequest(request({ "user-agent": firefox }), article.id, true)).result).toMatchObject({ counted: false, views: 0 });
  });
});

describe("isStaffRequest", () => {
  it("recognises a live session and nothing else", async () => {
    const author = makeAuthor();
    const sid = createSession(getDb(), author.id, new Date(Date.now() + 60_000));
    const token = await encode({ token: { sub: String(author.id), sid }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await isStaffRequest(request({ "user-agent": firefox }, `next-auth.session-token=${token}`))).toBe(true);
    // Signed out (the session row deleted): the same token no longer counts as staff.
    deleteSession(sid);
    expect(await isStaffRequest(request({ "user-agent": firefox }, `next-auth.session-token=${token}`))).toBe(false);
    expect(await isStaffRequest(request({ "user-agent": firefox }, "next-auth.session-token=forged.token.value"))).toBe(false);
    const otherKey = await encode({ token: { sub: "1" }, secret: "another-secret" });
    expect(await isStaffRequest(request({ "user-agent": firefox }, `next-auth.session-token=${otherKey}`))).toBe(false);
    expect(await isStaffRequest(request({ "user-agent": firefox }))).toBe(false);
  });
});
