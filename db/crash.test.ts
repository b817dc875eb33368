import type { ChildProcess } from "node:child_process";
import { count, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, articleViewTotals, comments } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { startCrashWorker, type WorkerRole } from "@/lib/testing/crash-workers";

const { file } = setUpTempDatabase();

type Acks = { article: number[]; comment: number[]; view: number };

function startWorker(role: WorkerRole, args: (string | number)[], acks: Acks, failures: string[]): ChildProcess {
  return startCrashWorker(
    role,
    args,
    (line) => {
      const [kind, id] = line.split(" ");
      if (kind === "article") acks.article.push(Number(id));
      else if (kind === "comment") acks.comment.push(Number(id));
      else if (kind === "view") acks.view++;
    },
    { databasePath: file, onError: (text) => failures.push(text) },
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("killed with SIGKILL while writing", () => {
  it("keeps every acknowledged article, comment and view, and an intact database", async () => {
    const target = makeArticle();
    const acks: Acks = { article: [], comment: [], view: 0 };
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      const failures: string[] = [];
      const workers = [
        startWorker("publisher", [target.id, target.authorId, target.categoryId, `p${round}`], acks, failures),
        startWorker("publisher", [target.id, target.authorId, target.categoryId, `q${round}`], acks, failures),
        startWorker("commenter", [target.id, target.authorId, target.categoryId, `c${round}`], acks, failures),
        startWorker("counter", [target.id, target.authorId, target.categoryId, `v${round}`], acks, failures),
        startWorker("counter", [target.id, target.authorId, target.categoryId, `w${round}`], acks, failures),
      ];
      // Wait until every worker has committed something, then kill them all a moment later, a different one each round.
      const before = { article: acks.article.length, comment: acks.comment.length, view: acks.view };
      for (let waited = 0; waited < 30_000 && (acks.article.length < before.article + 2 || acks.comment.length === before.comment || acks.view === before.view); waited += 50) await sleep(50);
      await sleep(37 * round);
      for (const w of workers) w.kill("SIGKILL");
      await Promise.all(workers.map((w) => new Promise((resolve) => (w.exitCode !== null || w.signalCode !== null ? resolve(null) : w.once("exit", resolve)))));
      expect(failures.join("")).toBe("");
    }

    const db = getDb();
    expect(db.get<{ integrity_check: string }>(sql`PRAGMA integrity_check`).integrity_check).toBe("ok");
    expect(acks.article.length).toBeGreaterThan(rounds);
    expect(acks.comment.length).toBeGreaterThan(rounds);
    expect(acks.view).toBeGreaterThan(rounds);
    const storedArticles = db.select({ n: count() }).from(articles).where(inArray(articles.id, acks.article)).get()!.n;
    expect(storedArticles).toBe(new Set(acks.article).size);
    const storedComments = db.select({ n: count() }).from(comments).where(inArray(comments.id, acks.comment)).get()!.n;
    expect(storedComments).toBe(new Set(acks.comment).size);
    // A view committed just before a kill may not have been acknowledged yet: at least every acknowledged one is there.
    const views = db.select({ views: articleViewTotals.views }).from(articleViewTotals).where(eq(articleViewTotals.articleId, target.id)).get()?.views ?? 0;
    expect(views).toBeGreaterThanOrEqual(acks.view);
    console.log(`crash test: ${rounds} rounds, acknowledged ${acks.article.length} articles, ${acks.comment.length} comments, ${acks.view} views; stored views ${views}`);
  }, 120_000);
});
