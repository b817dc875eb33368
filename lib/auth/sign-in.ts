import "server-only";
import { writeTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { recentFailures, recordLoginAttempt } from "@/db/queries/login-attempts";
import { createSession } from "@/db/queries/sessions";
import { findUserByLoginEmail } from "@/db/queries/users";
import { verifyPassword } from "./password";
import { throttledUntil, throttleWindowMs } from "./throttle";

export const sessionMaxAgeSeconds = 12 * 60 * 60;

// A real argon2id hash of a random password: an unknown email is checked against it, so it takes as long as a known one.
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$GTcBASxOOR5BULyFeEnfEw$EA8XFDgL/CNhG03uWgeWYgJL1yWQ7zwwCmAEif4NMMc";

export const wrongCredentials = "Wrong email or password.";

export type SignInResult =
  | { ok: true; user: { id: number; name: string; role: string }; sessionId: string }
  | { ok: false; message: string };

/**
 * Why a password guess for this account from this address must wait, or null when it may go ahead: every check of a
 * password (signing in, or the current one when changing it) counts toward the same limits.
 */
export function passwordThrottle(email: string, ip: string, now = Date.now()): string | null {
  const failures = recentFailures(email, ip, now - throttleWindowMs);
  const until = throttledUntil(failures.account, failures.ip);
  if (until <= now) return null;
  const seconds = Math.ceil((until - now) / 1000);
  return `Too many wrong passwords. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
}

/** Checks a sign-in attempt against throttling and the stored hash; on success opens a session and audits it. */
export async function authenticate(rawEmail: string, password: string, ip: string, now = Date.now()): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase();
  const throttled = passwordThrottle(email, ip, now);
  if (throttled) return { ok: false, message: throttled };

  const user = email && password ? findUserByLoginEmail(email) : undefined;
  const matches = await verifyPassword(user?.passwordHash ?? decoyHash, password);
  if (!user || !user.passwordHash || !matches) {
    refused(email, ip, now, user && { id: user.id, why: "wrong password" });
    return { ok: false, message: wrongCredentials };
  }
  if (user.disabled) {
    refused(email, ip, now, { id: user.id, why: "account disabled" });
    return { ok: false, message: "This account is disabled. Ask an admin to enable it." };
  }

  const sessionId = writeTransaction((tx) => {
    const id = createSession(tx, user.id, new Date(now + sessionMaxAgeSeconds * 1000));
    writeAudit(tx, { actor: { id: user.id, name: user.name }, action: "sign-in", entityType: "user", entityId: user.id }, new Date(now));
    recordLoginAttempt(email, ip, true, now, tx);
    return id;
  });
  return { ok: true, user: { id: user.id, name: user.name, role: user.role }, sessionId };
}

/**
 * A refused attempt counts toward throttling; against a real account it is audited too, so an admin sees whose
 * account is being guessed at, and from where. Guesses at unknown emails are only counted: they would fill the log
 * with addresses nobody has. Throttling bounds the rows: a throttled attempt is refused before it gets here.
 */
function refused(email: string, ip: string, now: number, account: { id: number; why: string } | undefined) {
  writeTransaction((tx) => {
    recordLoginAttempt(email, ip, false, now, tx);
    if (account) writeAudit(tx, { actor: { label: `someone at ${ip}` }, action: "sign-in.failed", entityType: "user", entityId: account.id, details: account.why }, new Date(now));
  });
}
