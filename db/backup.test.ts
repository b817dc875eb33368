import { execFile, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertImage } from "@/db/queries/images";
import { mediaDir } from "@/lib/config";
import { storeImage } from "@/lib/media/store";
import { makeArticle, makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { startCrashWorker, type WorkerRole } from "@/lib/testing/crash-workers";

const { file, dir } = setUpTempDatabase();
const run = promisify(execFile);
const cli = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { env: { ...process.env, ...env } });

function writer(role: WorkerRole, args: (string | number)[], acked: Set<string>): ChildProcess {
  return startCrashWorker(role, args, (line) => acked.add(line), { databasePath: file });
}

describe("db:backup and db:restore", () => {
  it("back up a database under load, and the restore has every article, user, comment and image acknowledged before", async () => {
    const article = makeArticle();
    const users = [makeAuthor(), makeAuthor()];
    const pictures = [];
    for (const colour of ["#aa3344", "#3344aa"]) {
      const stored = await storeImage(await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } }).png().toBuffer());
      insertImage(stored, { id: users[0].id, name: users[0].name });
      pictures.push(stored);
    }
    const acked = new Set<string>();
    const writers = [
      writer("publisher", [article.id, article.authorId, article.categoryId, "b1"], acked),
      writer("commenter", [article.id, article.authorId, article.categoryId, "b2"], acked),
      writer("counter", [article.id, article.authorId, article.categoryId, "b3"], acked),
    ];
    try {
      while (acked.size < 30) await new Promise((resolve) => setTimeout(resolve, 50));
      const ackedBefore = new Set(acked);
      const target = path.join(dir, "backup-under-load");
      const backup = await cli("db/cli/backup.ts", ["--out", target], { DATABASE_PATH: file });
      expect(backup.stdout).toContain("Backup written to");
      expect(acked.size).toBeGreaterThan(ackedBefore.size);

      const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-restored-"));
      const restoredFile = path.join(restoredDir, "dateline.db");
      const restore = await cli("db/cli/restore.ts", [target], { DATABASE_PATH: restoredFile });
      expect(restore.stdout).toContain("Restored");

      const restored = new Database(restoredFile, { readonly: true });
      expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
      const has = (table: string, id: number) => restored.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
      for (const line of ackedBefore) {
        const [kind, id] = line.split(" ");
        if (kind === "article") expect(has("articles", Number(id)), line).toBe(true);
        if (kind === "comment") expect(has("comments", Number(id)), line).toBe(true);
      }
      const viewsAcked = [...ackedBefore].filter((l) => l.startsWith("view")).length;
      const views = (restored.prepare("SELECT views FROM article_view_totals WHERE article_id = ?").get(article.id) as { views: number } | undefined)?.views ?? 0;
      expect(views).toBeGreaterThanOrEqual(viewsAcked);
      for (const user of users) expect(has("authors", user.id)).toBe(true);
      for (const picture of pictures) {
        expect(restored.prepare("SELECT 1 FROM images WHERE id = ?").get(picture.id)).toBeDefined();
        expect(fs.existsSync(path.join(restoredDir, "media", `${picture.id}-640.webp`))).toBe(true);
      }
      restored.close();
      // The live database went on unharmed.
      expect(getDb().$client.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(fs.readdirSync(mediaDir()).length).toBeGreaterThan(0);
    } finally {
      for (const w of writers) w.kill("SIGKILL");
    }
  }, 120_000);

  it("refuses a folder that is not a backup", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-not-a-backup-"));
    await expect(cli("db/cli/restore.ts", [empty], { DATABASE_PATH: path.join(empty, "x.db") })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("holds no dateline.db") });
  });
});
