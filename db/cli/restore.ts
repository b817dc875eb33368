import { restoreFrom } from "@/db/backup";
import { databasePath, mediaDir } from "@/lib/config";

/** `npm run db:restore -- DIR`: stop the server first; the restored database replaces the current one. */
const [backupDir] = process.argv.slice(2);
if (!backupDir) {
  console.error("Name the backup folder: npm run db:restore -- data/backups/2026-01-01T00-00-00-000Z");
  process.exit(2);
}
try {
  const summary = restoreFrom(backupDir, databasePath(), mediaDir());
  console.log(`Restored ${summary.databaseFile} from ${backupDir}, with ${summary.images} image files added. Start the server again.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
