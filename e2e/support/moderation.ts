import Database from "better-sqlite3";
import { e2eDatabasePath } from "./paths";

/**
 * Approves every comment from this email, as a moderator would (the dashboard has no moderation screen yet).
 * Readers see only approved comments, so the hostile-input spec needs its own comments approved.
 */
export function approveCommentsFrom(email: string): number {
  const db = new Database(e2eDatabasePath, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return db.prepare(`UPDATE comments SET status = 'approved' WHERE author_email = ? AND status <> 'approved'`).run(email).changes;
  } finally {
    db.close();
  }
}
