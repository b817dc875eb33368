import "server-only";
import { and, count, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authors, type Role } from "@/db/schema";

export function findUserByLoginEmail(email: string) {
  return getDb().select().from(authors).where(eq(authors.loginEmail, email.trim().toLowerCase())).get();
}

export function findUserById(id: number) {
  return getDb().select().from(authors).where(eq(authors.id, id)).get();
}

export function listUsers() {
  return getDb()
    .select({ id: authors.id, name: authors.name, slug: authors.slug, loginEmail: authors.loginEmail, role: authors.role, disabled: authors.disabled, canSignIn: authors.passwordHash })
    .from(authors)
    .orderBy(authors.name)
    .all()
    .map((u) => ({ ...u, canSignIn: u.canSignIn !== null }));
}

/** Active admins other than `exceptId`: the last one may be neither demoted nor disabled. */
export function otherActiveAdmins(exceptId: number): number {
  return getDb()
    .select({ n: count() })
    .from(authors)
    .where(and(eq(authors.role, "admin" satisfies Role), eq(authors.disabled, false), ne(authors.id, exceptId)))
    .get()!.n;
}
