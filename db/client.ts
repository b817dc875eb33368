import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databasePath } from "@/lib/config";
import { fillMissingBodyText } from "./maintenance";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Opens the SQLite file with the settings every connection needs; drizzle-kit leaves journal mode alone, so it is set here. */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema });
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
  fillMissingBodyText(db);
}

let shared: Db | undefined;

/** The app's connection, opened on first use: never at import time, so `next build` runs no query. */
export function getDb(): Db {
  shared ??= openDatabase(databasePath());
  return shared;
}

/**
 * Runs a write transaction. BEGIN IMMEDIATE takes the write lock before the first read, so a transaction that reads
 * and then writes never has to upgrade its lock while another process writes: that upgrade fails at once with
 * "database is locked", which the busy timeout cannot wait out. The callback must be synchronous: better-sqlite3
 * commits when it returns.
 */
export function writeTransaction<T>(run: (tx: Tx) => T): T {
  return getDb().transaction(run, { behavior: "immediate" });
}
