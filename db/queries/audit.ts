import "server-only";
import { and, asc, count, desc, eq, getTableColumns, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { articles, auditLog, authors, categories, sitePages, tags } from "@/db/schema";

export type { Tx };

export type AuditEntry = {
  actor: { id: number; name: string } | { label: string };
  action: string;
  entityType: string;
  entityId?: string | number | null;
  details?: string;
};

/** Records a change; call it inside the transaction that makes the change, so both happen or neither. */
export function writeAudit(tx: Tx | Db, entry: AuditEntry, at = new Date()): void {
  tx.insert(auditLog)
    .values({
      actorId: "id" in entry.actor ? entry.actor.id : null,
      actorLabel: "id" in entry.actor ? entry.actor.name : entry.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      details: entry.details ?? "",
      at,
    })
    .run();
}

/** The label the command-line tools write as the actor. */
export const commandLineLabel = "command line";

/**
 * `actor`: a user's id, or "command line" for what the CLI did. `from` is inclusive, `to` exclusive, so that
 * "to the end of a day" is the start of the next one.
 */
export type AuditFilter = { actor?: number | typeof commandLineLabel; action?: string; from?: Date; to?: Date };

function auditWhere(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.actor === commandLineLabel) conditions.push(isNull(auditLog.actorId), eq(auditLog.actorLabel, commandLineLabel));
  else if (filter.actor) conditions.push(eq(auditLog.actorId, filter.actor));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  return conditions.length ? and(...conditions) : undefined;
}

// What a user, an article, a section, a tag or a site page is called now, beside its id in the log; null for other records and for deleted ones.
const recordName = sql<string | null>`case ${auditLog.entityType}
  when 'user' then (select ${authors.name} from ${authors} where ${authors.id} = cast(${auditLog.entityId} as integer))
  when 'article' then (select ${articles.title} from ${articles} where ${articles.id} = cast(${auditLog.entityId} as integer))
  when 'section' then (select ${categories.name} from ${categories} where ${categories.id} = cast(${auditLog.entityId} as integer))
  when 'tag' then (select ${tags.name} from ${tags} where ${tags.id} = cast(${auditLog.entityId} as integer))
  when 'page' then (select ${sitePages.title} from ${sitePages} where ${sitePages.id} = cast(${auditLog.entityId} as integer))
end`;

/** Audit entries matching the filter, newest first, each with its record's current name where it has one. */
export function listAudit(filter: AuditFilter, limit: number, offset: number) {
  return getDb()
    .select({ ...getTableColumns(auditLog), recordName })
    .from(auditLog)
    .where(auditWhere(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export function countAudit(filter: AuditFilter): number {
  return getDb().select({ n: count() }).from(auditLog).where(auditWhere(filter)).get()!.n;
}

/** Every action the log holds, for the filter's choices. */
export function listAuditActions(): string[] {
  return getDb()
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.action);
}

/** The newest audit row that logged one of `actions` (a deletion, a merge) on a record; undefined when none did. */
function removal(actions: string[], entityType: string, id: number): { action: string; details: string } | undefined {
  return getDb()
    .select({ action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(inArray(auditLog.action, actions), eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(id))))
    .orderBy(desc(auditLog.id))
    .get();
}

/**
 * The title of a deleted article, as its deletion's audit row recorded it ("Title (slug)"), for the list's "Deleted
 * “…”" notice; undefined when no deletion of that id is logged, or the article still exists.
 */
export function deletedArticleTitle(id: number): string | undefined {
  const details = removal(["article.delete"], "article", id)?.details;
  if (details === undefined || getDb().select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get()) return undefined;
  const slugStart = details.lastIndexOf(" (");
  return slugStart > 0 ? details.slice(0, slugStart) : details;
}

/** The name of a deleted section, as its deletion's audit row recorded it ("Name (/category/slug)…"), as above. */
export function deletedSectionName(id: number): string | undefined {
  const details = removal(["section.delete"], "section", id)?.details;
  if (details === undefined || getDb().select({ id: categories.id }).from(categories).where(eq(categories.id, id)).get()) return undefined;
  return /^(.*) \(\/category\/[a-z0-9-]+\)/.exec(details)?.[1];
}

/** The title of a deleted site page, as its deletion's audit row recorded it ("Title (/slug)"), as above. */
export function deletedPageTitle(id: number): string | undefined {
  const details = removal(["page.delete"], "page", id)?.details;
  if (details === undefined || getDb().select({ id: sitePages.id }).from(sitePages).where(eq(sitePages.id, id)).get()) return undefined;
  return /^(.*) \(\/[a-z0-9-]+\)$/.exec(details)?.[1];
}

/** What became of a tag that is gone, as the audit log has it: "Merged Fish (/tag/fish) into Fisheries." */
export function removedTagNote(id: number): string | undefined {
  const row = removal(["tag.merge", "tag.delete"], "tag", id);
  if (!row || getDb().select({ id: tags.id }).from(tags).where(eq(tags.id, id)).get()) return undefined;
  return `${row.action === "tag.merge" ? "Merged" : "Deleted"} ${row.details}.`;
}
