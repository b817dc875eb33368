import "server-only";
import { and, count, eq, gt, lt, max } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { loginAttempts } from "@/db/schema";

export type FailureCount = { failures: number; lastFailureAt: number | null };

function failuresSince(column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string, since: number): FailureCount {
  const db = getDb();
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

export function recentFailures(email: string, ip: string, since: number) {
  return { account: failuresSince(loginAttempts.email, email, since), ip: failuresSince(loginAttempts.ip, ip, since) };
}

/** Records an attempt; pass the transaction that audits it, so both are stored or neither. */
export function recordLoginAttempt(email: string, ip: string, succeeded: boolean, at: number, tx: Tx | Db = getDb()): void {
  tx.insert(loginAttempts).values({ email, ip, succeeded, at }).run();
}

/** Attempts older than the throttling window no longer matter. */
export function pruneLoginAttempts(before: number): void {
  getDb().delete(loginAttempts).where(lt(loginAttempts.at, before)).run();
}
