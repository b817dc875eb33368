import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import * as db from "./support/db";
import { baseURL, chromeUserAgent, newVisitorId } from "./support/readers";

/**
 * Two production servers, one database: the first is Playwright's web server, the second is started here.
 * Concurrent counters in two processes must neither lose nor double an increment.
 */
const projectRoot = path.resolve(__dirname, "..");
const secondPort = 3101;
const secondURL = `http://localhost:${secondPort}`;
const readers = 32;
const views = 320;

let secondServer: ChildProcess | undefined;
let secondServerOutput = "";

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok && (await response.text()) === "ok";
  } catch {
    return false;
  }
}

async function startSecondServer(): Promise<void> {
  if (await answersHealth(secondURL)) throw new Error(`Something already answers on port ${secondPort}: stop it, this test starts its own server there.`);
  const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(secondPort)], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(secondPort),
      DATABASE_PATH: db.e2eDatabasePath,
      SITE_NAME: "Dateline",
      SITE_TIMEZONE: "UTC",
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
    },
    // Its own process group, so that afterAll stops it and anything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  secondServer = server;
  server.stdout?.on("data", (chunk: Buffer) => (secondServerOutput += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (secondServerOutput += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The second server exited with code ${server.exitCode}:\n${secondServerOutput}`);
    if (await answersHealth(secondURL)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The second server did not answer ${secondURL}/api/health within 60 s:\n${secondServerOutput}`);
}

async function stopSecondServer(): Promise<void> {
  const server = secondServer;
  secondServer = undefined;
  if (!server?.pid || server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(-server.pid, "SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
  if (!stopped) {
    process.kill(-server.pid, "SIGKILL");
    await exited;
  }
}

type Answer = { server: string; visitor: string; status: number; counted: unknown; views: unknown };

/** One reader's view, sent straight to the counting endpoint of one server with the reader's visitor cookie. */
async function sendView(server: string, articleId: number, visitor: string): Promise<Answer> {
  const response = await fetch(`${server}/api/views/${articleId}`, {
    method: "POST",
    headers: { cookie: `dl_visitor=${visitor}`, "user-agent": chromeUserAgent },
  });
  const body = (await response.json().catch(() => ({}))) as { counted?: unknown; views?: unknown };
  return { server, visitor, status: response.status, counted: body.counted, views: body.views };
}

/** Runs the jobs with at most `concurrency` in flight; answers in job order, and the most that were ever in flight. */
async function inFlight<T>(concurrency: number, jobs: (() => Promise<T>)[]): Promise<{ results: T[]; peak: number }> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  let running = 0;
  let peak = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      running++;
      peak = Math.max(peak, running);
      try {
        results[i] = await jobs[i]();
      } finally {
        running--;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { results, peak };
}

/** Views in the per-day buckets of today and tomorrow (UTC): a run that crosses midnight moves views into the next. */
function todaysBuckets(articleId: number, today: string): number {
  const tomorrow = db.daysBefore(today, -1);
  return db.dailyViews(articleId, today) + db.dailyViews(articleId, tomorrow);
}

test.describe("views counted by two servers at once", () => {
  test.describe.configure({ mode: "serial" });

  const visitors = Array.from({ length: views }, () => newVisitorId());
  let article: db.ArticleRow;
  let servers: string[];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // An article the other specs leave alone: the oldest ordinary one after those the view spec uses.
    const quiet = db
      .visibleArticles()
      .filter((a) => !a.isLead && !a.sourceUrl && !a.commentsClosed)
      .reverse();
    article = quiet[quiet.length > 6 ? 6 : quiet.length - 1];
    servers = [baseURL().replace(/\/+$/, ""), secondURL];
    await startSecondServer();
  });

  test.afterAll(async () => {
    await stopSecondServer();
  });

  test(`${readers} readers at a time, ${views} views between two servers: each counted, the totals exact`, async () => {
    test.setTimeout(120_000);
    expect(new Set(visitors).size).toBe(views);
    const today = db.todayUtc();
    const totalBefore = db.viewTotal(article.id);
    const dayBefore = todaysBuckets(article.id, today);

    const { results, peak } = await inFlight(
      readers,
      visitors.map((visitor, i) => () => sendView(servers[i % 2], article.id, visitor)),
    );

    expect(peak).toBe(readers);
    expect(results.filter((r) => r.server === secondURL)).toHaveLength(views / 2);
    expect(results.filter((r) => r.status !== 200 || r.counted !== true)).toEqual([]);
    expect(db.viewTotal(article.id)).toBe(totalBefore + views);
    expect(todaysBuckets(article.id, today)).toBe(dayBefore + views);
    // Each counted view saw its own new total: no two increments were merged or lost.
    const totals = results.map((r) => r.views as number).sort((a, b) => a - b);
    expect(totals).toEqual(Array.from({ length: views }, (_, i) => totalBefore + i + 1));
  });

  test("64 of the same readers again, each on the other server, are not counted", async () => {
    const totalBefore = db.viewTotal(article.id);
    const today = db.todayUtc();
    const dayBefore = todaysBuckets(article.id, today);

    const { results } = await inFlight(
      readers,
      visitors.slice(0, 64).map((visitor, i) => () => sendView(servers[(i + 1) % 2], article.id, visitor)),
    );

    expect(results.filter((r) => r.status !== 200 || r.counted !== false || r.views !== totalBefore)).toEqual([]);
    expect(db.viewTotal(article.id)).toBe(totalBefore);
    expect(todaysBuckets(article.id, today)).toBe(dayBefore);
  });
});
