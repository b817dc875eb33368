import "server-only";
import { and, count, eq, gt, lt, max } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { loginAttempts } from "@/db/schema";

export type FailureCount = { failures: number; lastFailureAt: number | null };

function failuresSince(db: Tx | Db, column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string, since: number): FailureCount {
  // An account's failures count only since its last success. An address's do not reset: otherwise a guesser with
  // one valid account could sign in between guesses at others.
  const lastSuccess =
    column === loginAttempts.email
      ? (db.select({ at: max(loginAttempts.at) }).from(loginAttempts).where(and(eq(column, value), eq(loginAttempts.succeeded, true))).get()?.at ?? 0)
      : 0;
  const row = db
    .select({ failures: count(), last: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, Math.max(since, lastSuccess))))
    .get();
  return { failures: row?.failures ?? 0, lastFailureAt: row?.last ?? null };
}

export function recentFailures(email: string, ip: string, since: number, tx: Tx | Db = getDb()) {
  return { account: failuresSince(tx, loginAttempts.email, email, since), ip: failuresSince(tx, loginAttempts.ip, ip, since) };
}

/** Records an attempt and returns its id; pass the transaction it belongs to, so it is stored with the rest or not at all. */
export function recordLoginAttempt(email: string, ip: string, succeeded: boolean, at: number, tx: Tx | Db = getDb()): number {
  return tx.insert(loginAttempts).values({ email, ip, succeeded, at }).returning({ id: loginAttempts.id }).get().id;
}

/** An attempt recorded as failed before its password was checked turned out right. */
export function markAttemptSucceeded(tx: Tx, id: number): void {
  tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id)).run();
}

/** Attempts older than the throttling window no longer matter. */
export function pruneLoginAttempts(before: number): void {
  getDb().delete(loginAttempts).where(lt(loginAttempts.at, before)).run();
}
