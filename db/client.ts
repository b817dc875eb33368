import "server-only";
import path from "node:path";
import type Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databasePath } from "@/lib/config";
import { openSqlite } from "./connection";
import { fillMissingBodyText } from "./maintenance";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Opens the SQLite file (db/connection.ts) for Drizzle. */
export function openDatabase(file: string): Db {
  return drizzle(openSqlite(file), { schema });
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
