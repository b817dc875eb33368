import "server-only";
import { inArray } from "drizzle-orm";
import { getDb, writeTransaction, type Db } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { defaultCommentSettings, type CommentSettings } from "@/lib/comments/open";
import { writeAudit, type AuditEntry, type Tx } from "./audit";
import { pagesChanged } from "./page-version";

const keys = ["commentsEnabled", "closeAfterDays"] as const;

export function getCommentSettings(db: Db | Tx = getDb()): CommentSettings {
  const rows = db.select().from(siteSettings).where(inArray(siteSettings.key, [...keys])).all();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    commentsEnabled: typeof stored.commentsEnabled === "boolean" ? stored.commentsEnabled : defaultCommentSettings.commentsEnabled,
    closeAfterDays: typeof stored.closeAfterDays === "number" ? stored.closeAfterDays : defaultCommentSettings.closeAfterDays,
  };
}

export function saveCommentSettings(tx: Tx, settings: CommentSettings): void {
  for (const key of keys) {
    const value = JSON.stringify(settings[key]);
    tx.insert(siteSettings).values({ key, value }).onConflictDoUpdate({ target: siteSettings.key, set: { value } }).run();
  }
}

/** Saves the comment settings and audits the new values, in one transaction. */
export function changeCommentSettings(settings: CommentSettings, actor: AuditEntry["actor"]): void {
  writeTransaction((tx) => {
    saveCommentSettings(tx, settings);
    writeAudit(tx, { actor, action: "settings.comments", entityType: "settings", entityId: "comments", details: JSON.stringify(settings) });
    pagesChanged(tx);
  });
}
