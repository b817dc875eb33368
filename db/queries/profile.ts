import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { authors, authorSlugRedirects, images } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { claimPasswordCheck } from "@/lib/auth/sign-in";
import { markAttemptSucceeded } from "./login-attempts";
import type { PasswordChange, ProfileInput } from "@/lib/validation/profile";
import { writeAudit, type AuditEntry } from "./audit";
import { deleteSessionsOf } from "./sessions";
import { pagesChanged } from "./page-version";
import { publicAuthorColumns } from "./authors";

export type ProfileChange = { ok: true; changed: string[] } | { ok: false; field?: string; message: string };

/** What a staff member may edit about themselves, with the avatar's size for its preview. */
export function getProfile(authorId: number) {
  return getDb()
    .select({ ...publicAuthorColumns, loginEmail: authors.loginEmail })
    .from(authors)
    .leftJoin(images, eq(images.id, authors.avatarImageId))
    .where(eq(authors.id, authorId))
    .get();
}

export type Profile = NonNullable<ReturnType<typeof getProfile>>;

const editable = ["name", "slug", "bio", "publicEmail", "avatarImageId"] as const;

/**
 * Saves the author's own profile: the slug must be free, the avatar an uploaded image. Checks, update and audit
 * entry share one transaction, so two people cannot take the same slug between check and write.
 */
export function updateProfile(authorId: number, input: ProfileInput, actor: AuditEntry["actor"]): ProfileChange {
  return writeTransaction((tx): ProfileChange => {
    const before = tx.select().from(authors).where(eq(authors.id, authorId)).get();
    if (!before) return { ok: false, message: "Your account no longer exists." };
    const holder = tx
      .select({ name: authors.name })
      .from(authors)
      .where(and(eq(authors.slug, input.slug), ne(authors.id, authorId)))
      .get();
    if (holder) return { ok: false, field: "slug", message: `The slug "${input.slug}" is already used by ${holder.name}. Choose another.` };
    if (input.avatarImageId && !tx.select({ id: images.id }).from(images).where(eq(images.id, input.avatarImageId)).get()) {
      return { ok: false, field: "avatarImageId", message: "The photo is no longer stored: upload it again, or choose another from the library." };
    }

    const changed = editable.filter((key) => before[key] !== input[key]);
    if (changed.length === 0) return { ok: true, changed };
    tx.update(authors)
      .set({ name: input.name, slug: input.slug, bio: input.bio, publicEmail: input.publicEmail, avatarImageId: input.avatarImageId })
      .where(eq(authors.id, authorId))
      .run();
    // The old archive address and its feeds redirect to the new one; whoever takes an old slug takes it from its redirect.
    tx.delete(authorSlugRedirects).where(eq(authorSlugRedirects.oldSlug, input.slug)).run();
    if (changed.includes("slug")) {
      tx.insert(authorSlugRedirects)
        .values({ oldSlug: before.slug, authorId })
        .onConflictDoUpdate({ target: authorSlugRedirects.oldSlug, set: { authorId } })
        .run();
    }
    const slugNote = changed.includes("slug") ? ` (slug ${before.slug} → ${input.slug})` : "";
    writeAudit(tx, { actor, action: "user.profile", entityType: "user", entityId: authorId, details: `changed ${changed.join(", ")}${slugNote}` });
    pagesChanged(tx);
    return { ok: true, changed };
  });
}

/**
 * Changes the author's own password after checking the current one, and ends their other sessions (all but
 * `keepSessionId`, the one making the change). A wrong current password counts as a failed sign-in for the account
 * and `ip`, and is throttled as one: a stolen session cookie is no way to guess the password faster. argon2 runs
 * before the transaction, which must be synchronous; the update then applies only if the stored hash is still the
 * one that was checked.
 */
export async function changeOwnPassword(authorId: number, input: PasswordChange, actor: AuditEntry["actor"], keepSessionId: string, ip: string): Promise<ProfileChange> {
  const user = getDb().select({ passwordHash: authors.passwordHash, loginEmail: authors.loginEmail }).from(authors).where(eq(authors.id, authorId)).get();
  if (!user?.passwordHash) return { ok: false, field: "currentPassword", message: "This is not your current password." };
  const check = claimPasswordCheck(user.loginEmail, ip);
  if ("waitMessage" in check) return { ok: false, field: "currentPassword", message: check.waitMessage };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", message: "This is not your current password." };
  }
  const passwordHash = await hashPassword(input.newPassword);
  return writeTransaction((tx): ProfileChange => {
    const updated = tx
      .update(authors)
      .set({ passwordHash })
      .where(and(eq(authors.id, authorId), eq(authors.passwordHash, user.passwordHash!)))
      .returning({ id: authors.id })
      .get();
    if (!updated) return { ok: false, field: "currentPassword", message: "Your password was changed meanwhile. Enter the current one again." };
    markAttemptSucceeded(tx, check.attemptId);
    deleteSessionsOf(tx, authorId, keepSessionId);
    writeAudit(tx, { actor, action: "user.change-password", entityType: "user", entityId: authorId, details: "other sessions ended" });
    return { ok: true, changed: ["password"] };
  });
}
