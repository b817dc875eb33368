import Database from "better-sqlite3";
import { e2eDatabasePath } from "./paths";

/**
 * Approves every comment from this email, as a moderator would, straight in the database (the hostile-input spec
 * plays an editor, who may not moderate). Readers see only approved comments, so that spec needs its own approved.
 * Like the app's own moderation (db/queries/moderation.ts), it raises the page version in the same transaction:
 * otherwise the server's page cache would rightly keep serving the article pages as they were, without the comments.
 */
export function approveCommentsFrom(email: string): number {
  const db = new Database(e2eDatabasePath, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return db.transaction(() => {
      const approved = db.prepare(`UPDATE comments SET status = 'approved' WHERE author_email = ? AND status <> 'approved'`).run(email).changes;
      if (approved > 0) db.prepare(`UPDATE page_version SET version = version + 1 WHERE id = 1`).run();
      return approved;
    })();
  } finally {
    db.close();
  }
}
