import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb, migrateDatabase } from "@/db/client";

/**
 * Points the app at a new SQLite file in a temporary folder and migrates it. Call at the top of a test file,
 * before anything opens the database; Vitest gives each file its own process, so each file gets its own database.
 */
export function setUpTempDatabase(): { file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-test-"));
  const file = path.join(dir, "dateline.db");
  process.env.DATABASE_PATH = file;
  migrateDatabase(getDb());
  return { file, dir };
}
