import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { onCleanup } from "./cleanup";

const dbName = "dateline.db";

/** Cached datasets are only reused while the migrations they were made with are the current ones. */
function migrationsHash(): string {
  const hash = crypto.createHash("sha256");
  for (const file of fs.readdirSync("db/migrations").filter((f) => f.endsWith(".sql")).sort()) hash.update(file).update(fs.readFileSync(path.join("db/migrations", file)));
  return hash.digest("hex");
}

/** Runs the seed CLI into a temporary folder, then keeps the result under data/bench/<N>/. */
function generate(articles: number, cacheDir: string, stamp: string): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-seed-"));
  const removeWork = onCleanup(() => fs.rmSync(work, { recursive: true, force: true }));
  console.log(`Generating a dataset of ${articles.toLocaleString("en-US")} articles (cached afterwards in ${cacheDir})...`);
  const seed = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "db/cli/seed.ts", "--articles", String(articles)], {
    env: { ...process.env, DATABASE_PATH: path.join(work, dbName), NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  // The seed prints the demo accounts' passwords; only its summary line is of interest here.
  for (const line of (seed.stdout ?? "").split("\n")) if (line.startsWith("Added")) console.log(`  ${line}`);
  if (seed.status !== 0) throw new Error(`db:seed --articles ${articles} failed (exit ${seed.status}).`);
  const partial = `${cacheDir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const db = new Database(path.join(work, dbName), { fileMustExist: true });
  db.prepare("VACUUM INTO ?").run(path.join(partial, dbName));
  db.close();
  // Rollback journal in the cache, so read-only copies from it never leave -wal or -shm files behind.
  const cached = new Database(path.join(partial, dbName));
  cached.pragma("journal_mode = DELETE");
  cached.close();
  if (fs.existsSync(path.join(work, "media"))) fs.cpSync(path.join(work, "media"), path.join(partial, "media"), { recursive: true });
  fs.writeFileSync(path.join(partial, "migrations-hash"), stamp);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.renameSync(partial, cacheDir);
  fs.rmSync(work, { recursive: true, force: true });
  removeWork();
}

export type Dataset = { dir: string; dbPath: string };

/** A fresh temporary copy of the N-article dataset (database and images), removed at cleanup; the cache is only read. */
export function prepareDataset(articles: number): Dataset {
  const cacheDir = path.resolve("data", "bench", String(articles));
  const stamp = migrationsHash();
  const stampFile = path.join(cacheDir, "migrations-hash");
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) console.log(`Using the cached dataset in ${cacheDir}.`);
  else generate(articles, cacheDir, stamp);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-bench-"));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  const dbPath = path.join(dir, dbName);
  const source = new Database(path.join(cacheDir, dbName), { readonly: true, fileMustExist: true });
  source.prepare("VACUUM INTO ?").run(dbPath);
  source.close();
  if (fs.existsSync(path.join(cacheDir, "media"))) fs.cpSync(path.join(cacheDir, "media"), path.join(dir, "media"), { recursive: true });
  return { dir, dbPath };
}
