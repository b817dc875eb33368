import "server-only";
import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

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

export type AuditFilter = { actorId?: number; action?: string; from?: Date; to?: Date };

export function listAudit(filter: AuditFilter, limit: number, offset: number) {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  return getDb()
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all();
}
