import { formatDateTime } from "@/lib/dates";

type Entry = { id: number; at: Date; actorLabel: string; action: string; entityType: string; entityId: string | null; recordName: string | null; details: string };

/** The log's rows. Details are shown as text, whatever they hold. */
export function AuditTable({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  return (
    <table className="data-table data-table--stack audit-table">
      <caption className="visually-hidden">Audit log, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Record</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td data-label="Time">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, timeZone)}</time>
            </td>
            <td data-label="Who">{e.actorLabel}</td>
            <td data-label="Action">
              <code>{e.action}</code>
            </td>
            <td data-label="Record">
              {e.entityType}
              {e.entityId ? ` #${e.entityId}` : ""}
              {e.recordName ? <span className="audit-table__name">{e.recordName}</span> : null}
            </td>
            <td data-label="Details" className="audit-table__details">
              {e.details || "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
