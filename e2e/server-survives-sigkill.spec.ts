import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { e2eDatabasePath } from "./support/paths";
import { chromeUserAgent, newVisitorId } from "./support/readers";
import { serverArgs } from "../lib/cli/next";
import { startCrashWorker } from "../lib/testing/crash-workers";

/**
 * The production server killed with SIGKILL, again and again, while it counts views and, in the same database file,
 * writer processes publish articles and post comments (lib/testing/crash-worker.ts, as db/crash.test.ts uses them).
 * After every round the file must be intact and hold every write that was acknowledged: a view answered
 * `counted: true`, an article or comment id a worker printed after its transaction committed.
 *
 * The server killed here is a second one, on a copy of the e2e database: Playwright's web server is left alone.
 */
const projectRoot = path.resolve(__dirname, "..");
const rounds = 5;
const beaconsInFlight = 16;
const secret = "e2e-only-secret-not-for-production"; // the same as playwright.config.ts gives its web server

type Tally = { acknowledged: number; unanswered: number; refused: string[]; slowestMs: number };
type Acks = { article: number[]; comment: number[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
}

function startServer(port: number, databasePath: string, output: string[]): ChildProcess {
  const server = spawn(process.execPath, serverArgs(), {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, NODE_ENV: "production", NEXTAUTH_SECRET: secret, TRUST_PROXY: "1", SITE_NAME: "Dateline", SITE_TIMEZONE: "UTC" },
    // Its own process group: the kill takes anything it started along.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return server;
}

async function waitForHealth(url: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}:\n${output.join("")}`);
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then(async (r) => r.ok && (await r.text()) === "ok")
      .catch(() => false);
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`The server did not answer ${url}/api/health within 30 s:\n${output.join("")}`);
}

/** A crash-worker process writing through the app's query functions; each line it prints is a committed write. */
function startWorker(role: "publisher" | "commenter", args: (string | number)[], databasePath: string, acks: Acks, failures: string[]): ChildProcess {
  const onLine = (line: string) => {
    const [kind, id] = line.split(" ");
    if (kind === "article") acks.article.push(Number(id));
    else if (kind === "comment") acks.comment.push(Number(id));
  };
  return startCrashWorker(role, args, onLine, { databasePath, cwd: projectRoot, detached: true, onError: (text) => failures.push(text) });
}

/** Readers, each new (their own visitor cookie), `beaconsInFlight` at a time, until `stopped()`. */
async function sendBeacons(url: string, articleId: number, stopped: () => boolean, tally: Tally): Promise<void> {
  const reader = async () => {
    while (!stopped()) {
      const sent = Date.now();
      try {
        const response = await fetch(`${url}/api/views/${articleId}`, {
          method: "POST",
          headers: { cookie: `dl_visitor=${newVisitorId()}`, "user-agent": chromeUserAgent },
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json()) as { counted?: unknown };
        tally.slowestMs = Math.max(tally.slowestMs, Date.now() - sent);
        if (response.status === 200 && body.counted === true) tally.acknowledged++;
        else tally.refused.push(`${response.status} ${JSON.stringify(body)}`);
      } catch {
        // Cut off by the kill before the whole answer arrived: in flight, not acknowledged.
        tally.unanswered++;
      }
    }
  };
  await Promise.all(Array.from({ length: beaconsInFlight }, reader));
}

test.describe("the server killed with SIGKILL while it counts views and others publish and comment", () => {
  let dir: string;
  // Every process started here leads its own process group, which a kill takes whole.
  const children: ChildProcess[] = [];

  test.afterAll(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    await Promise.all(children.map(exited));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`${rounds} kills: the database is intact and keeps every acknowledged view, article and comment`, async () => {
    test.setTimeout(120_000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-sigkill-"));
    const copy = path.join(dir, "dateline.db");

    // A consistent copy of the e2e database while its server runs; the killed server and the workers share it.
    const source = new Database(e2eDatabasePath, { readonly: true, fileMustExist: true });
    try {
      source.prepare("VACUUM INTO ?").run(copy);
    } finally {
      source.close();
    }
    const setup = new Database(copy);
    const article = setup
      .prepare(`SELECT id, author_id AS authorId, category_id AS categoryId FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC LIMIT 1`)
      .get(Date.now()) as { id: number; authorId: number; categoryId: number };
    // Other specs may have closed comments; this copy is ours, so open them for the commenter.
    setup.prepare(`UPDATE articles SET comments_closed = 0 WHERE id = ?`).run(article.id);
    setup.prepare(`DELETE FROM site_settings WHERE key IN ('commentsEnabled', 'closeAfterDays')`).run();
    const viewsOf = (db: Database.Database) => ({
      total: (db.prepare(`SELECT views FROM article_view_totals WHERE article_id = ?`).get(article.id) as { views: number } | undefined)?.views ?? 0,
      daily: (db.prepare(`SELECT COALESCE(SUM(views), 0) AS n FROM article_daily_views WHERE article_id = ?`).get(article.id) as { n: number }).n,
    });
    const viewsBefore = viewsOf(setup);
    setup.close();

    const tally: Tally = { acknowledged: 0, unanswered: 0, refused: [], slowestMs: 0 };
    const acks: Acks = { article: [], comment: [] };
    const failures: string[] = [];
    const started = Date.now();

    for (let round = 0; round < rounds; round++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const output: string[] = [];
      const server = startServer(port, copy, output);
      const workers = [
        startWorker("publisher", [article.id, article.authorId, article.categoryId, `k${round}`], copy, acks, failures),
        startWorker("commenter", [article.id, article.authorId, article.categoryId, `m${round}`], copy, acks, failures),
      ];
      children.push(server, ...workers);
      await waitForHealth(url, server, output);

      let stopped = false;
      const before = { article: acks.article.length, comment: acks.comment.length, view: tally.acknowledged };
      const beacons = sendBeacons(url, article.id, () => stopped, tally);
      // At least a second of traffic, and until the server and both workers have each committed in this round.
      const since = Date.now();
      while (
        Date.now() - since < 15_000 &&
        (Date.now() - since < 1_000 || acks.article.length === before.article || acks.comment.length === before.comment || tally.acknowledged === before.view)
      ) {
        await sleep(20);
      }
      // A different moment in each round.
      await sleep(113 * round);

      for (const child of [server, ...workers]) process.kill(-child.pid!, "SIGKILL");
      stopped = true;
      await Promise.all([server, ...workers].map(exited));
      await beacons;
      expect(server.signalCode, `round ${round}: the server died of the kill, not before:\n${output.join("")}`).toBe("SIGKILL");
      for (const worker of workers) expect(worker.signalCode).toBe("SIGKILL");
    }

    expect(failures.join("")).toBe("");
    expect(tally.refused).toEqual([]);
    expect(tally.acknowledged).toBeGreaterThan(rounds);
    expect(acks.article.length).toBeGreaterThan(rounds);
    expect(acks.comment.length).toBeGreaterThan(rounds);

    const db = new Database(copy, { fileMustExist: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);

      const views = viewsOf(db);
      const stored = views.total - viewsBefore.total;
      // Every acknowledged view is there; beyond those, at most the ones in flight at a kill (committed, unanswered).
      expect(stored).toBeGreaterThanOrEqual(tally.acknowledged);
      expect(stored).toBeLessThanOrEqual(tally.acknowledged + tally.unanswered);
      // The total and the day buckets are written in one transaction: they moved together.
      expect(views.daily - viewsBefore.daily).toBe(stored);

      const count = (table: string, ids: number[]) =>
        (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(ids)) as { n: number }).n;
      expect(count("articles", acks.article)).toBe(new Set(acks.article).size);
      expect(count("comments", acks.comment)).toBe(new Set(acks.comment).size);
      // Each acknowledged article came with its revision, written in the same transaction.
      const revisions = (db.prepare(`SELECT COUNT(DISTINCT article_id) AS n FROM article_revisions WHERE article_id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(acks.article)) as { n: number }).n;
      expect(revisions).toBe(new Set(acks.article).size);

      const report =
        `${rounds} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s: views acknowledged ${tally.acknowledged}, in flight at a kill ${tally.unanswered}, ` +
        `stored ${stored}, slowest answer ${tally.slowestMs} ms; articles acknowledged ${acks.article.length}; comments acknowledged ${acks.comment.length}; all stored, integrity ok`;
      test.info().annotations.push({ type: "sigkill", description: report });
      console.log(report);
    } finally {
      db.close();
    }
  });
});
