import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { AuditFilters } from "@/components/dashboard/AuditFilters";
import { AuditTable } from "@/components/dashboard/AuditTable";
import { Pagination } from "@/components/site/Pagination";
import { countAudit, listAudit, listAuditActions } from "@/db/queries/audit";
import { listUsers } from "@/db/queries/users";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import { pluralize } from "@/lib/text";
import { auditFilterParams } from "@/lib/validation/audit-filter";

export const metadata: Metadata = { title: "Audit log" };

const perPage = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const staff = await staffForPage("/dashboard/audit", "admin");
  if (!staff) return <AccessDenied />;
  const { timeZone } = siteConfig();
  const { form, filter, page } = auditFilterParams(await searchParams, timeZone);
  const total = countAudit(filter);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const entries = listAudit(filter, perPage, (Math.min(page, pageCount) - 1) * perPage);
  // The filter's values, carried by the page links.
  const params = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== ""));

  return (
    <div className="admin-page audit-page">
      <h1>Audit log</h1>
      <AuditFilters values={form} people={listUsers()} actions={listAuditActions()} />
      <p className="hint" role="status">
        {pluralize(total, "entry", "entries")}
        {Object.keys(params).length ? " match the filter" : ""}. Times are in {timeZone}.
      </p>
      {entries.length ? <AuditTable entries={entries} timeZone={timeZone} /> : <p className="empty">Nothing in the log matches. Widen the dates or clear the filter.</p>}
      <Pagination basePath="/dashboard/audit" page={Math.min(page, pageCount)} pageCount={pageCount} params={params} />
    </div>
  );
}
