import "server-only";
import { and, count, eq, ne, sql } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { articles, categories, categorySlugRedirects, type Category } from "@/db/schema";
import type { Refused } from "@/lib/auth/guards";
import type { SectionInput } from "@/lib/validation/section";
import { writeAudit, type AuditEntry, type Tx } from "./audit";
import { pagesChanged } from "./page-version";
import { menuOrder } from "./taxonomy";

export type SectionChange = { ok: true; id: number } | Refused;
type Actor = AuditEntry["actor"];

/** Why a name or address cannot be this section's: another section has it. Null when both are free. */
function clash(tx: Tx, input: SectionInput, sectionId?: number): SectionChange | null {
  const others = sectionId === undefined ? undefined : ne(categories.id, sectionId);
  const named = tx.select({ name: categories.name }).from(categories).where(and(sql`lower(${categories.name}) = lower(${input.name})`, others)).get();
  if (named) return { ok: false, field: "name", message: `There is already a section called ${named.name}. Choose another name.` };
  const holder = tx.select({ name: categories.name }).from(categories).where(and(eq(categories.slug, input.slug), others)).get();
  if (holder) return { ok: false, field: "slug", message: `/category/${input.slug} is the address of ${holder.name}. Choose another.` };
  return null;
}

/** Points the old address of a section at `categoryId`, after a rename or a deletion that moved its articles there. */
function redirect(tx: Tx, oldSlug: string, categoryId: number): void {
  tx.insert(categorySlugRedirects).values({ oldSlug, categoryId }).onConflictDoUpdate({ target: categorySlugRedirects.oldSlug, set: { categoryId } }).run();
}

/** A new section: it appears in every page's menu at once. */
export function createSection(input: SectionInput, actor: Actor): SectionChange {
  return writeTransaction((tx): SectionChange => {
    const refused = clash(tx, input);
    if (refused) return refused;
    // An address another section gave up leads to that section until a new one takes it.
    tx.delete(categorySlugRedirects).where(eq(categorySlugRedirects.oldSlug, input.slug)).run();
    // Last in the menu, until an admin moves it.
    const position = sql`(select coalesce(max(${categories.position}), -1) + 1 from ${categories})`;
    const { id } = tx
      .insert(categories)
      .values({ ...input, position })
      .returning({ id: categories.id })
      .get();
    writeAudit(tx, { actor, action: "section.create", entityType: "section", entityId: id, details: `${input.name} at /category/${input.slug}` });
    pagesChanged(tx);
    return { ok: true, id };
  });
}

/** Renames, re-addresses or re-describes a section. Its old address and feeds keep leading to it. */
export function updateSection(sectionId: number, input: SectionInput, actor: Actor): SectionChange {
  return writeTransaction((tx): SectionChange => {
    const before = tx.select().from(categories).where(eq(categories.id, sectionId)).get();
    if (!before) return { ok: false, message: "This section no longer exists." };
    const refused = clash(tx, input, sectionId);
    if (refused) return refused;
    const changed = (["name", "slug", "description"] as const).filter((key) => before[key] !== input[key]);
    if (changed.length === 0) return { ok: true, id: sectionId };
    tx.update(categories).set(input).where(eq(categories.id, sectionId)).run();
    tx.delete(categorySlugRedirects).where(eq(categorySlugRedirects.oldSlug, input.slug)).run();
    if (changed.includes("slug")) redirect(tx, before.slug, sectionId);
    const slugNote = changed.includes("slug") ? ` (/category/${before.slug} → /category/${input.slug})` : "";
    writeAudit(tx, { actor, action: "section.update", entityType: "section", entityId: sectionId, details: `changed ${changed.join(", ")}${slugNote}` });
    pagesChanged(tx);
    return { ok: true, id: sectionId };
  });
}

/** Moves a section one place up or down the site's menu. */
export function moveSection(sectionId: number, direction: "up" | "down", actor: Actor): SectionChange {
  return writeTransaction((tx): SectionChange => {
    const order = tx
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .orderBy(...menuOrder)
      .all();
    const at = order.findIndex((s) => s.id === sectionId);
    if (at === -1) return { ok: false, message: "This section no longer exists." };
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return { ok: false, message: `${order[at].name} is already ${direction === "up" ? "first" : "last"} in the menu.` };
    [order[at], order[to]] = [order[to], order[at]];
    // Numbered afresh, 0 to n-1: places that were equal (sections made before there was an order) become distinct.
    order.forEach((s, position) => tx.update(categories).set({ position }).where(eq(categories.id, s.id)).run());
    writeAudit(tx, { actor, action: "section.move", entityType: "section", entityId: sectionId, details: `${direction}, to place ${to + 1} of ${order.length}` });
    pagesChanged(tx);
    return { ok: true, id: sectionId };
  });
}

/**
 * Deletes a section. Its articles, drafts included, move to `moveTo`, and so do its old addresses: a reader following
 * a link to the section finds its articles. Every article has a section, so the last one stays.
 */
export function deleteSection(sectionId: number, moveTo: number | null, actor: Actor): SectionChange {
  return writeTransaction((tx): SectionChange => {
    const section = tx.select().from(categories).where(eq(categories.id, sectionId)).get();
    if (!section) return { ok: false, message: "This section no longer exists." };
    if (tx.select({ n: count() }).from(categories).get()!.n === 1) return { ok: false, message: `${section.name} is the only section, and every article needs one. Create another section first.` };
    const held = tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, sectionId)).get()!.n;
    let target: Category | undefined;
    if (held > 0) {
      const noTarget = `Choose the section its ${held === 1 ? "article moves" : `${held.toLocaleString("en-US")} articles move`} to.`;
      if (moveTo === null || moveTo === sectionId) return { ok: false, field: "moveTo", message: noTarget };
      target = tx.select().from(categories).where(eq(categories.id, moveTo)).get();
      if (!target) return { ok: false, field: "moveTo", message: "That section no longer exists. Choose another." };
      tx.update(articles).set({ categoryId: target.id }).where(eq(articles.categoryId, sectionId)).run();
      tx.update(categorySlugRedirects).set({ categoryId: target.id }).where(eq(categorySlugRedirects.categoryId, sectionId)).run();
      redirect(tx, section.slug, target.id);
    }
    // Without articles to follow, its old addresses go with it (the foreign key cascades) and answer "not found".
    tx.delete(categories).where(eq(categories.id, sectionId)).run();
    const moved = target ? `; ${held.toLocaleString("en-US")} article${held === 1 ? "" : "s"} moved to ${target.name}` : "";
    writeAudit(tx, { actor, action: "section.delete", entityType: "section", entityId: sectionId, details: `${section.name} (/category/${section.slug})${moved}` });
    pagesChanged(tx);
    return { ok: true, id: sectionId };
  });
}
