import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { eq, sum } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articleDailyViews, articleViewTotals, articles, viewVisits } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { createViewCounter, type ViewCounter } from "./view-counter";
import { viewCounter } from "./views";

const { file } = setUpTempDatabase();
const recordView: ViewCounter["record"] = (...args) => viewCounter().record(...args);
const minute = 60 * 1000;
const cookie = (n: number) => ({ cookieId: n.toString(16).padStart(32, "a") });
const cookieless = (ip: string, ua = "Mozilla/5.0 Firefox/140") => ({ newCookieId: crypto.randomUUID().replace(/-/g, ""), fingerprint: `${ip}\n${ua}` });

function dailyTotal(articleId: number): number {
  return Number(getDb().select({ n: sum(articleDailyViews.views) }).from(articleDailyViews).where(eq(articleDailyViews.articleId, articleId)).get()?.n ?? 0);
}

describe("recordView", () => {
  it("counts a new visitor once and ignores a repeat within 30 minutes", async () => {
    const article = makeArticle();
    const t0 = new Date();
    expect(await recordView(article.id, cookie(1), t0, "UTC")).toEqual({ found: true, counted: true, views: 1 });
    expect(await recordView(article.id, cookie(1), new Date(t0.getTime() + 29 * minute), "UTC")).toEqual({ found: true, counted: false, views: 1 });
    expect(await recordView(article.id, cookie(2), t0, "UTC")).toEqual({ found: true, counted: true, views: 2 });
    expect(await recordView(article.id, cookie(1), new Date(t0.getTime() + 31 * minute), "UTC")).toMatchObject({ counted: true, views: 3 });
    expect(dailyTotal(article.id)).toBe(3);
  });

  it("knows a cookieless visitor by IP and user agent, and again once they carry the cookie", async () => {
    const article = makeArticle();
    const t0 = new Date();
    const first = cookieless("203.0.113.7");
    expect(await recordView(article.id, first, t0, "UTC")).toMatchObject({ counted: true, views: 1 });
    // Same browser, cookie refused: the same daily hash.
    const second = cookieless("203.0.113.7");
    expect(await recordView(article.id, second, t0, "UTC")).toMatchObject({ counted: false });
    // The cookie that repeat was given is a repeat too, until the window of the view that counted runs out.
    expect(await recordView(article.id, { cookieId: second.newCookieId }, new Date(t0.getTime() + 29 * minute), "UTC")).toMatchObject({ counted: false });
    expect(await recordView(article.id, { cookieId: second.newCookieId }, new Date(t0.getTime() + 31 * minute), "UTC")).toMatchObject({ counted: true, views: 2 });
    // Same browser, now sending the cookie it was given.
    expect(await recordView(article.id, { cookieId: first.newCookieId }, t0, "UTC")).toMatchObject({ counted: false });
    // Another browser on the same network is another reader.
    expect(await recordView(article.id, cookieless("203.0.113.7", "Mozilla/5.0 Safari/18"), t0, "UTC")).toMatchObject({ counted: true, views: 3 });
  });

  it("never stores the IP address", async () => {
    const article = makeArticle();
    await recordView(article.id, cookieless("198.51.100.23"), new Date(), "UTC");
    const keys = getDb().select({ key: viewVisits.visitorKey }).from(viewVisits).all().map((r) => r.key);
    expect(keys.join(" ")).not.toContain("198.51.100.23");
  });

  it("does not count drafts, future articles or unknown ids, and leaves the article row alone", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    const future = makeArticle({ status: "scheduled", publishedAt: new Date(Date.now() + 60 * minute) });
    expect(await recordView(draft.id, cookie(3), new Date(), "UTC")).toEqual({ found: false });
    expect(await recordView(future.id, cookie(3), new Date(), "UTC")).toEqual({ found: false });
    expect(await recordView(999_999, cookie(3), new Date(), "UTC")).toEqual({ found: false });
    expect(viewCounter().read(draft.id, new Date())).toEqual({ found: false });

    const article = makeArticle();
    const before = getDb().select().from(articles).where(eq(articles.id, article.id)).get();
    await recordView(article.id, cookie(4), new Date(), "UTC");
    expect(getDb().select().from(articles).where(eq(articles.id, article.id)).get()).toEqual(before);
  });

  it("files each view under the day in the site time zone", async () => {
    const article = makeArticle({ publishedAt: new Date("2026-01-01T00:00:00Z") });
    // 23:30 UTC on 1 March is already 2 March in Tokyo.
    await recordView(article.id, cookie(5), new Date("2026-03-01T23:30:00Z"), "Asia/Tokyo");
    const rows = getDb().select().from(articleDailyViews).where(eq(articleDailyViews.articleId, article.id)).all();
    expect(rows).toEqual([{ articleId: article.id, day: "2026-03-02", views: 1 }]);
  });

  it("forgets visits once the repeat window has passed", async () => {
    const article = makeArticle();
    const old = new Date(Date.now() - 40 * minute);
    await recordView(article.id, cookie(6), old, "UTC");
    viewCounter().prune(new Date(), "2099-01-01");
    const left = getDb().select().from(viewVisits).where(eq(viewVisits.articleId, article.id)).all();
    expect(left).toEqual([]);
  });
});

describe("concurrent counting", () => {
  it("counts a burst that arrives together in one batch, a repeat within it once", async () => {
    const article = makeArticle();
    const now = new Date();
    const burst = [...Array.from({ length: 40 }, (_, i) => cookie(100 + i)), ...Array.from({ length: 10 }, () => cookie(100))];
    const results = await Promise.all(burst.map((visitor) => recordView(article.id, visitor, now, "UTC")));
    const counted = results.filter((r) => r.found && r.counted);
    expect(counted).toHaveLength(40);
    // Each counted view answers the total just after it, as if they had come one by one.
    expect(counted.map((r) => (r.found ? r.views : 0))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(viewCounter().read(article.id, now)).toEqual({ found: true, counted: false, views: 40 });
  });

  it("answers a batch of two articles across midnight as if its views had come one by one", async () => {
    const [first, second] = [makeArticle({ publishedAt: new Date("2026-01-01T00:00:00Z") }), makeArticle({ publishedAt: new Date("2026-01-01T00:00:00Z") })];
    const late = new Date("2026-03-01T23:59:59.900Z");
    const early = new Date("2026-03-02T00:00:00.100Z");
    const results = await Promise.all([
      recordView(first.id, cookie(300), late, "UTC"),
      recordView(second.id, cookie(300), late, "UTC"),
      recordView(first.id, cookie(300), early, "UTC"),
      recordView(first.id, cookie(301), early, "UTC"),
      recordView(999_999, cookie(302), early, "UTC"),
      recordView(second.id, cookie(303), early, "UTC"),
    ]);
    expect(results).toEqual([
      { found: true, counted: true, views: 1 },
      { found: true, counted: true, views: 1 },
      { found: true, counted: false, views: 1 },
      { found: true, counted: true, views: 2 },
      { found: false },
      { found: true, counted: true, views: 2 },
    ]);
    const days = getDb().select().from(articleDailyViews).where(eq(articleDailyViews.articleId, first.id)).all();
    expect(days.map((d) => [d.day, d.views]).sort()).toEqual([
      ["2026-03-01", 1],
      ["2026-03-02", 1],
    ]);
  });

  it("acknowledges none of a batch it could not store, and stores none of it", async () => {
    const article = makeArticle();
    const blocker = new Database(file);
    const impatient = new Database(file);
    impatient.pragma("busy_timeout = 50");
    try {
      blocker.exec("BEGIN IMMEDIATE");
      const counter = createViewCounter(impatient);
      const outcomes = await Promise.allSettled([1, 2, 3].map((n) => counter.record(article.id, cookie(200 + n), new Date(), "UTC")));
      expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected"]);
      blocker.exec("ROLLBACK");
      expect(viewCounter().read(article.id, new Date())).toEqual({ found: true, counted: false, views: 0 });
      expect(dailyTotal(article.id)).toBe(0);
      // The same visitors are new readers when the database is free again: no visit was remembered either.
      expect((await counter.record(article.id, cookie(201), new Date(), "UTC"))).toMatchObject({ counted: true, views: 1 });
    } finally {
      impatient.close();
      blocker.close();
    }
  });

  it("loses no increment when several processes count at once", async () => {
    const article = makeArticle();
    const run = promisify(execFile);
    const processes = 4;
    const perProcess = 150;
    const results = await Promise.all(
      Array.from({ length: processes }, (_, p) =>
        run(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/testing/count-worker.ts", String(article.id), String(perProcess), `${p}f`], {
          env: { ...process.env, DATABASE_PATH: file },
        }),
      ),
    );
    const counted = results.reduce((total, r) => total + Number(r.stdout), 0);
    expect(counted).toBe(processes * perProcess);
    expect(getDb().select().from(articleViewTotals).where(eq(articleViewTotals.articleId, article.id)).get()?.views).toBe(processes * perProcess);
    expect(dailyTotal(article.id)).toBe(processes * perProcess);
  });
});
