import "server-only";
import { getDb, writeTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { markAttemptSucceeded, recentFailures, recordLoginAttempt } from "@/db/queries/login-attempts";
import { createSession } from "@/db/queries/sessions";
import { findUserByLoginEmail } from "@/db/queries/users";
import { addressBlock } from "@/lib/security/address-block";
import { verifyPassword } from "./password";
import { accountDisabled, waitMessage, wrongCredentials } from "./sign-in-messages";
import { throttledUntil, throttleWindowMs } from "./throttle";

export const sessionMaxAgeSeconds = 12 * 60 * 60;

// A real argon2id hash of a random password: an unknown email is checked against it, so it takes as long as a known one.
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$GTcBASxOOR5BULyFeEnfEw$EA8XFDgL/CNhG03uWgeWYgJL1yWQ7zwwCmAEif4NMMc";

export type SignInResult =
  | { ok: true; user: { id: number; name: string; role: string }; sessionId: string }
  | { ok: false; message: string };

/** A password check allowed to go ahead (its attempt stands as failed until marked succeeded), or why it must wait. */
export type PasswordCheck = { attemptId: number } | { waitMessage: string };

/**
 * Claims a password check for this account from this address: every check of a password (signing in, or the current
 * one when changing it) counts toward the same limits. Refused with the reason when they must wait; otherwise the
 * attempt is recorded as failed now, before argon2 runs, in the same write transaction as the count it was let
 * through on. Checks sent together then each count the ones before them: reading first and recording after the
 * check let 200 parallel guesses all through. An address counts by its block (an IPv6 /64 as one), or a guesser
 * with a home connection's 2^64 addresses would never reach the address limit.
 */
export function claimPasswordCheck(email: string, address: string, now = Date.now()): PasswordCheck {
  const ip = addressBlock(address);
  return writeTransaction((tx): PasswordCheck => {
    const failures = recentFailures(email, ip, now - throttleWindowMs, tx);
    const until = throttledUntil(failures.account, failures.ip);
    if (until > now) {
      const seconds = Math.ceil((until - now) / 1000);
      return { waitMessage: waitMessage(seconds) };
    }
    return { attemptId: recordLoginAttempt(email, ip, false, now, tx) };
  });
}

/** Checks a sign-in attempt against throttling and the stored hash; on success opens a session and audits it. */
export async function authenticate(rawEmail: string, password: string, ip: string, now = Date.now()): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase();
  const check = claimPasswordCheck(email, ip, now);
  if ("waitMessage" in check) return { ok: false, message: check.waitMessage };

  const user = email && password ? findUserByLoginEmail(email) : undefined;
  const matches = await verifyPassword(user?.passwordHash ?? decoyHash, password);
  if (!user || !user.passwordHash || !matches) {
    if (user) auditRefusal(user.id, ip, now, "wrong password");
    return { ok: false, message: wrongCredentials };
  }
  if (user.disabled) {
    auditRefusal(user.id, ip, now, "account disabled");
    return { ok: false, message: accountDisabled };
  }

  const sessionId = writeTransaction((tx) => {
    const id = createSession(tx, user.id, new Date(now + sessionMaxAgeSeconds * 1000));
    writeAudit(tx, { actor: { id: user.id, name: user.name }, action: "sign-in", entityType: "user", entityId: user.id }, new Date(now));
    markAttemptSucceeded(tx, check.attemptId);
    return id;
  });
  return { ok: true, user: { id: user.id, name: user.name, role: user.role }, sessionId };
}

/**
 * A refused attempt against a real account is audited, so an admin sees whose account is being guessed at, and from
 * where (it already counts toward throttling). Guesses at unknown emails are not: they would fill the log with
 * addresses nobody has. Throttling bounds the rows: a throttled attempt is refused before its password is checked.
 */
function auditRefusal(userId: number, ip: string, now: number, why: string) {
  writeAudit(getDb(), { actor: { label: `someone at ${ip}` }, action: "sign-in.failed", entityType: "user", entityId: userId, details: why }, new Date(now));
}
