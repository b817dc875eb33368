import "server-only";
import { eq } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { authors, authorSlugRedirects, type Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/slug";
import type { Refused } from "@/lib/auth/guards";
import type { NewUser } from "@/lib/validation/user";
import { writeAudit, type AuditEntry, type Tx } from "./audit";
import { deleteSessionsOf } from "./sessions";
import { findUserById, otherActiveAdmins } from "./users";

export type Actor = AuditEntry["actor"];
export type UserChange = { ok: true; id: number } | Refused;

function uniqueSlug(tx: Tx, name: string): string {
  const base = slugify(name) || "author";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    // A slug an author gave up still redirects to them: a new account does not take it.
    const taken = tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get() ?? tx.select({ id: authorSlugRedirects.authorId }).from(authorSlugRedirects).where(eq(authorSlugRedirects.oldSlug, slug)).get();
    if (!taken) return slug;
  }
}

export async function createUser(input: NewUser, actor: Actor): Promise<UserChange> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction((tx): UserChange => {
    if (tx.select({ id: authors.id }).from(authors).where(eq(authors.loginEmail, input.email)).get()) {
      return { ok: false, field: "email", message: `${input.email} already has an account.` };
    }
    const { id } = tx
      .insert(authors)
      .values({ name: input.name, slug: uniqueSlug(tx, input.name), loginEmail: input.email, role: input.role, passwordHash })
      .returning({ id: authors.id })
      .get();
    writeAudit(tx, { actor, action: "user.create", entityType: "user", entityId: id, details: `${input.email} as ${input.role}` });
    return { ok: true, id };
  });
}

/**
 * Refuses to leave the site without an active admin. Called inside the write transaction: BEGIN IMMEDIATE holds the
 * write lock while it reads, so two server processes cannot each demote or disable the other's last fellow admin.
 */
function lastAdminGuard(userId: number, change: string): UserChange | null {
  const user = findUserById(userId);
  if (!user) return { ok: false, message: "No user has this id." };
  if (user.role === "admin" && !user.disabled && otherActiveAdmins(userId) === 0) {
    return { ok: false, message: `${user.name} is the last active admin and cannot be ${change}.` };
  }
  return null;
}

export function setRole(userId: number, role: Role, actor: Actor): UserChange {
  return writeTransaction((tx): UserChange => {
    const refused = role !== "admin" ? lastAdminGuard(userId, "demoted") : null;
    if (refused) return refused;
    const changed = tx.update(authors).set({ role }).where(eq(authors.id, userId)).returning({ id: authors.id }).get();
    if (!changed) return { ok: false, message: "No user has this id." };
    writeAudit(tx, { actor, action: "user.set-role", entityType: "user", entityId: userId, details: role });
    return { ok: true, id: userId };
  });
}

/** Disabling also ends every session of the user at once. */
export function setDisabled(userId: number, disabled: boolean, actor: Actor): UserChange {
  return writeTransaction((tx): UserChange => {
    const refused = disabled ? lastAdminGuard(userId, "disabled") : null;
    if (refused) return refused;
    const changed = tx.update(authors).set({ disabled }).where(eq(authors.id, userId)).returning({ id: authors.id }).get();
    if (!changed) return { ok: false, message: "No user has this id." };
    if (disabled) deleteSessionsOf(tx, userId);
    writeAudit(tx, { actor, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: userId });
    return { ok: true, id: userId };
  });
}

/** Sets a new password and ends the user's sessions, but for `keepSessionId` (the one that changed it). */
export async function setPassword(userId: number, password: string, actor: Actor, keepSessionId?: string): Promise<UserChange> {
  const passwordHash = await hashPassword(password);
  return writeTransaction((tx): UserChange => {
    const changed = tx.update(authors).set({ passwordHash }).where(eq(authors.id, userId)).returning({ id: authors.id }).get();
    if (!changed) return { ok: false, message: "No user has this id." };
    deleteSessionsOf(tx, userId, keepSessionId);
    writeAudit(tx, { actor, action: "user.reset-password", entityType: "user", entityId: userId });
    return { ok: true, id: userId };
  });
}
