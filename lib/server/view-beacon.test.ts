import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { viewCounter } from "@/db/queries/views";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { createViewBeacon } from "./view-beacon";

const { file } = setUpTempDatabase();
const browser = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

// The beacon answers what it handles; anything it leaves answers 418 here, where serve.mjs would hand it to Next.
const answerBeacon = await createViewBeacon(file);
const server = http.createServer((request, response) => {
  if (!answerBeacon(request, response)) response.writeHead(418).end();
});
let base = "";
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => ((base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { method: "POST", headers: { "user-agent": browser, ...headers } });

describe("the view beacon in front of Next", () => {
  it("counts a new reader, gives them the visitor cookie, and answers uncacheable JSON with the site's headers", async () => {
    const article = makeArticle();
    const response = await post(`/api/views/${article.id}`, { "x-forwarded-for": "192.0.2.40" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ counted: true, views: 1 });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^dl_visitor=[a-f0-9]{32}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);

    const again = await post(`/api/views/${article.id}`, { cookie: cookie.split(";")[0] });
    expect(await again.json()).toEqual({ counted: false, views: 1 });
    // Stored, through the connection the app itself reads.
    expect(viewCounter().read(article.id, new Date())).toMatchObject({ views: 1 });
  });

  it("does not count bots or prefetches, and answers 404 for an article readers cannot see", async () => {
    const article = makeArticle();
    expect(await (await post(`/api/views/${article.id}`, { "user-agent": "curl/8.5.0" })).json()).toEqual({ counted: false, views: 0 });
    expect(await (await post(`/api/views/${article.id}`, { "sec-purpose": "prefetch" })).json()).toEqual({ counted: false, views: 0 });
    const draft = makeArticle({ status: "draft", publishedAt: null });
    expect((await post(`/api/views/${draft.id}`)).status).toBe(404);
  });

  it("answers 503 for a view it could not store, stores nothing of it, and counts again once it can", async () => {
    const article = makeArticle();
    const sqlite = getDb().$client;
    sqlite.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON view_visits WHEN NEW.article_id = ${article.id} BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    try {
      // A bot's beacon in the same batch only reads the count, which it is still answered.
      const answers = await Promise.all([
        post(`/api/views/${article.id}`),
        post(`/api/views/${article.id}`, { "x-forwarded-for": "192.0.2.41" }),
        post(`/api/views/${article.id}`, { "user-agent": "curl/8.5.0" }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([503, 503, 200]);
      expect(await answers[0].json()).toEqual({ error: "The view could not be stored." });
      expect(await answers[2].json()).toEqual({ counted: false, views: 0 });
    } finally {
      sqlite.exec("DROP TRIGGER fail_one");
    }
    expect(viewCounter().read(article.id, new Date())).toMatchObject({ views: 0 });
    // The counting thread lives on.
    expect(await (await post(`/api/views/${article.id}`)).json()).toEqual({ counted: true, views: 1 });
  });

  it("leaves other paths, other methods and requests with a session cookie to Next", async () => {
    const article = makeArticle();
    expect((await post(`/api/views/${article.id}/pixel`)).status).toBe(418);
    expect((await fetch(`${base}/api/views/${article.id}`)).status).toBe(418);
    expect((await post(`/api/views/${article.id}`, { cookie: "next-auth.session-token=abc" })).status).toBe(418);
    expect((await post(`/api/views/${article.id}`, { cookie: "a=1; __Secure-next-auth.session-token=abc" })).status).toBe(418);
    expect(viewCounter().read(article.id, new Date())).toMatchObject({ views: 0 });
  });
});
