import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Opens the SQLite file with the settings every connection needs; drizzle-kit leaves journal mode alone, so it is set
 * here. No "server-only" and no Next import: lib/server/serve.mjs opens its view-counting connection with it too.
 */
export function openSqlite(file: string): Database.Database {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}
