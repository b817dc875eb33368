import fs from "node:fs";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mediaDir } from "@/lib/config";

export type Snapshot = { rows: Record<string, string[]>; files: string[] };

/** The files in the image folder, sorted. */
export function mediaFiles(): string[] {
  return fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()).sort() : [];
}

/**
 * Every row of every table, and the stored image files: what a refused request must leave exactly as it was.
 * Rows are sorted as JSON text, so the comparison does not depend on the order SQLite happens to return them in.
 */
export function snapshot(): Snapshot {
  const db = getDb();
  const tables = db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`);
  const rows = Object.fromEntries(tables.map(({ name }) => [name, db.all(sql.raw(`SELECT * FROM "${name}"`)).map((row) => JSON.stringify(row)).sort()]));
  return { rows, files: mediaFiles() };
}
