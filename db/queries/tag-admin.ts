import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { articleTags, tags, tagSlugRedirects, type Tag } from "@/db/schema";
import type { Refused } from "@/lib/auth/guards";
import { slugify } from "@/lib/slug";
import { writeAudit, type AuditEntry, type Tx } from "./audit";
import { pagesChanged } from "./page-version";

/** `moved`: whether a rename changed the tag's address. */
export type TagChange = { ok: true; id: number; moved?: boolean } | Refused;
type Actor = AuditEntry["actor"];

/** Points an old tag address at `tagId`, and the addresses that led to the old tag with it. */
function redirect(tx: Tx, from: Tag, tagId: number): void {
  tx.update(tagSlugRedirects).set({ tagId }).where(eq(tagSlugRedirects.tagId, from.id)).run();
  tx.insert(tagSlugRedirects).values({ oldSlug: from.slug, tagId }).onConflictDoUpdate({ target: tagSlugRedirects.oldSlug, set: { tagId } }).run();
}

/**
 * Renames a tag. Its address follows the name, as the editor's tag field makes addresses from names; the old address
 * and its feeds keep leading to it. A name whose address another tag has is refused: merging is the way to join them.
 */
export function renameTag(tagId: number, name: string, actor: Actor): TagChange {
  return writeTransaction((tx): TagChange => {
    const before = tx.select().from(tags).where(eq(tags.id, tagId)).get();
    if (!before) return { ok: false, message: "This tag no longer exists." };
    const slug = slugify(name);
    if (!slug) return { ok: false, field: "name", message: "Use at least one letter or digit: the tag's address is made from its name." };
    const holder = tx.select({ name: tags.name }).from(tags).where(and(eq(tags.slug, slug), ne(tags.id, tagId))).get();
    if (holder) return { ok: false, field: "name", message: `The tag ${holder.name} already has this name's address, /tag/${slug}. To join the two, merge this tag into it.` };
    if (before.name === name) return { ok: true, id: tagId };
    tx.update(tags).set({ name, slug }).where(eq(tags.id, tagId)).run();
    // The address is its own again if it once led elsewhere; the old one leads here.
    tx.delete(tagSlugRedirects).where(eq(tagSlugRedirects.oldSlug, slug)).run();
    if (slug !== before.slug) redirect(tx, before, tagId);
    writeAudit(tx, { actor, action: "tag.rename", entityType: "tag", entityId: tagId, details: `${before.name} → ${name}` });
    pagesChanged(tx);
    return { ok: true, id: tagId, moved: slug !== before.slug };
  });
}

/** Sets the sentence or two readers see under the tag's name on its page; empty for none. */
export function describeTag(tagId: number, description: string, actor: Actor): TagChange {
  return writeTransaction((tx): TagChange => {
    const before = tx.select({ description: tags.description }).from(tags).where(eq(tags.id, tagId)).get();
    if (!before) return { ok: false, message: "This tag no longer exists." };
    if (before.description === description) return { ok: true, id: tagId };
    tx.update(tags).set({ description }).where(eq(tags.id, tagId)).run();
    writeAudit(tx, { actor, action: "tag.describe", entityType: "tag", entityId: tagId, details: description || "(none)" });
    pagesChanged(tx);
    return { ok: true, id: tagId };
  });
}

/** Joins a tag into another: its articles carry the other one instead, and its addresses lead there. */
export function mergeTag(tagId: number, intoName: string, actor: Actor): TagChange {
  return writeTransaction((tx): TagChange => {
    const from = tx.select().from(tags).where(eq(tags.id, tagId)).get();
    if (!from) return { ok: false, message: "This tag no longer exists." };
    // By name, in any case, or else by the address the name makes ("Harbor works" finds harbor-works), or else by an
    // old name that now leads to another tag, as the article's Tags field reads it.
    const named = sql`lower(${tags.name}) = lower(${intoName})`;
    const slug = slugify(intoName);
    const moved = tx.select({ id: tagSlugRedirects.tagId }).from(tagSlugRedirects).where(eq(tagSlugRedirects.oldSlug, slug));
    const into = tx
      .select()
      .from(tags)
      .where(sql`${named} or ${tags.slug} = ${slug} or ${inArray(tags.id, moved)}`)
      .orderBy(sql`${named} desc`, sql`${tags.slug} = ${slug} desc`)
      .get();
    if (!into) return { ok: false, field: "into", message: `No tag is called ${intoName}. Type the name of an existing tag.` };
    if (into.id === tagId) return { ok: false, field: "into", message: "Choose another tag than this one." };
    tx.run(sql`insert or ignore into ${articleTags} (article_id, tag_id) select article_id, ${into.id} from ${articleTags} where tag_id = ${tagId}`);
    redirect(tx, from, into.id);
    tx.delete(tags).where(eq(tags.id, tagId)).run();
    writeAudit(tx, { actor, action: "tag.merge", entityType: "tag", entityId: tagId, details: `${from.name} (/tag/${from.slug}) into ${into.name}` });
    pagesChanged(tx);
    return { ok: true, id: tagId };
  });
}

/** Deletes a tag: its articles no longer carry it, and its addresses answer "not found". */
export function deleteTag(tagId: number, actor: Actor): TagChange {
  return writeTransaction((tx): TagChange => {
    const tag = tx.select().from(tags).where(eq(tags.id, tagId)).get();
    if (!tag) return { ok: false, message: "This tag no longer exists." };
    // Its article links and redirects go with it (the foreign keys cascade).
    tx.delete(tags).where(eq(tags.id, tagId)).run();
    writeAudit(tx, { actor, action: "tag.delete", entityType: "tag", entityId: tagId, details: `${tag.name} (/tag/${tag.slug})` });
    pagesChanged(tx);
    return { ok: true, id: tagId };
  });
}
