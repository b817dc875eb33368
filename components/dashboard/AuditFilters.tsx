import Link from "next/link";
import { commandLineChoice } from "@/lib/validation/audit-filter";

type Props = {
  values: { actor: string; action: string; from: string; to: string };
  people: { id: number; name: string }[];
  actions: string[];
};

/** A GET form: each filtered view is an address of its own, and it works without JavaScript. */
export function AuditFilters({ values, people, actions }: Props) {
  return (
    <form method="get" action="/dashboard/audit" className="toolbar audit-filters" aria-label="Filter the audit log">
      <div>
        <label htmlFor="audit-actor">Person</label>
        <select id="audit-actor" name="actor" defaultValue={values.actor}>
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={commandLineChoice}>Command line</option>
        </select>
      </div>
      <div>
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={values.action}>
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from">From</label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from} />
      </div>
      <div>
        <label htmlFor="audit-to">To</label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to} />
      </div>
      <div className="audit-filters__buttons">
        <button type="submit" className="button">
          Filter
        </button>
        <Link href="/dashboard/audit" className="button button--quiet">
          Clear
        </Link>
      </div>
    </form>
  );
}
