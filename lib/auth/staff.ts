import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { findSessionStaff } from "@/db/queries/sessions";
import type { Role } from "@/db/schema";
import { authSecret } from "@/lib/secrets";
import { usesSecureCookies } from "./options";

export type Staff = { id: number; name: string; slug: string; role: Role; sessionId: string };

export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The signed-in staff member, or null. The token alone is not trusted: its session row must still exist and
 * the user must not be disabled, read from the database on every call, so sign-out, disabling and role
 * changes take effect at the next request.
 */
export async function currentStaff(): Promise<Staff | null> {
  return staffFromSessionToken((await cookies()).get(sessionCookieName())?.value);
}

/** The same check for a session cookie's value read from a request by hand. */
export async function staffFromSessionToken(raw: string | undefined): Promise<Staff | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret().secret }).catch(() => null);
  if (!token?.sid) return null;
  const staff = findSessionStaff(token.sid, new Date());
  if (!staff || staff.disabled) return null;
  return { id: staff.id, name: staff.name, slug: staff.slug, role: staff.role, sessionId: staff.sessionId };
}

const rank: Record<Role, number> = { editor: 1, admin: 2 };

export function hasRole(staff: Staff, needed: Role): boolean {
  return rank[staff.role] >= rank[needed];
}
