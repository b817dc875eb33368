import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./client";

export type BackupSummary = { databaseFile: string; images: number };

function copyMedia(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  fs.mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of fs.readdirSync(from)) {
    const target = path.join(to, name);
    if (fs.existsSync(target)) continue;
    fs.copyFileSync(path.join(from, name), target);
    copied++;
  }
  return copied;
}

/**
 * A consistent copy of a live database and its images. VACUUM INTO writes one transaction's snapshot while other
 * connections go on writing (SQLite's online backup API would restart whenever they write). Images are copied
 * after the snapshot: a file is written before its row, so every image the snapshot knows is already on disk.
 */
export function backupTo(db: Db, mediaDir: string, targetDir: string): BackupSummary {
  fs.mkdirSync(targetDir, { recursive: true });
  const databaseFile = path.join(targetDir, "dateline.db");
  if (fs.existsSync(databaseFile)) throw new Error(`${databaseFile} already exists; choose an empty folder.`);
  db.$client.prepare("VACUUM INTO ?").run(databaseFile);
  return { databaseFile, images: copyMedia(mediaDir, path.join(targetDir, "media")) };
}

/** Puts a backup in place of the database at `databasePath` (the server must be stopped) and adds its images. */
export function restoreFrom(backupDir: string, databasePath: string, mediaDir: string): BackupSummary {
  const source = path.join(backupDir, "dateline.db");
  if (!fs.existsSync(source)) throw new Error(`${backupDir} holds no dateline.db: is it a backup folder?`);
  const check = new Database(source, { readonly: true, fileMustExist: true });
  const integrity = check.pragma("integrity_check", { simple: true });
  check.close();
  if (integrity !== "ok") throw new Error(`The backup in ${backupDir} is damaged (integrity_check: ${String(integrity)}).`);

  fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  // Write beside the target, then rename over it: a crash mid-copy leaves the old database whole.
  const staged = `${databasePath}.restoring`;
  fs.copyFileSync(source, staged);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  fs.renameSync(staged, databasePath);
  return { databaseFile: databasePath, images: copyMedia(path.join(backupDir, "media"), mediaDir) };
}
