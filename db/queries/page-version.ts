import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { pageVersion } from "@/db/schema";

/**
 * Marks every cached reader page stale, inside the transaction that changes what they show: the next request for
 * any page renders it afresh (lib/server/page-cache.mjs). Coarse on purpose: changes are rare next to reads, and
 * one number is cheap to check on every request, in every server process.
 */
export function pagesChanged(tx: Tx): void {
  tx.update(pageVersion).set({ version: sql`${pageVersion.version} + 1` }).where(eq(pageVersion.id, 1)).run();
}
