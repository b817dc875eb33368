import "server-only";
import crypto from "node:crypto";
import { and, eq, gt, lt, ne } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { authors, sessions } from "@/db/schema";
import type { Tx } from "./audit";

export function createSession(tx: Tx | Db, authorId: number, expiresAt: Date): string {
  const id = crypto.randomBytes(24).toString("base64url");
  tx.insert(sessions).values({ id, authorId, expiresAt }).run();
  return id;
}

export function deleteSession(id: string): void {
  getDb().delete(sessions).where(eq(sessions.id, id)).run();
}

/** Ends every session of an author, or every one but `keepId` (a password change keeps the session that made it). */
export function deleteSessionsOf(tx: Tx | Db, authorId: number, keepId?: string): void {
  tx.delete(sessions)
    .where(keepId ? and(eq(sessions.authorId, authorId), ne(sessions.id, keepId)) : eq(sessions.authorId, authorId))
    .run();
}

export function deleteExpiredSessions(now: Date): void {
  getDb().delete(sessions).where(lt(sessions.expiresAt, now)).run();
}

/** The staff member behind a live session, read fresh from the database on every call. */
export function findSessionStaff(sessionId: string, now: Date) {
  return getDb()
    .select({ id: authors.id, name: authors.name, slug: authors.slug, role: authors.role, disabled: authors.disabled, sessionId: sessions.id })
    .from(sessions)
    .innerJoin(authors, eq(authors.id, sessions.authorId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .get();
}
