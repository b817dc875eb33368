import path from "node:path";
import { parseArgs } from "node:util";
import { backupTo } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { dataDir, databasePath, mediaDir } from "@/lib/config";

/** `npm run db:backup [-- --out DIR]`: safe while the server runs. */
const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = values.out ?? path.join(dataDir(), "backups", stamp);
const db = openDatabase(databasePath());
try {
  const summary = backupTo(db, mediaDir(), target);
  console.log(`Backup written to ${target}: the database and ${summary.images} image files.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
