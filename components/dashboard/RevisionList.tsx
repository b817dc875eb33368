import Link from "next/link";
import { formatDateTime } from "@/lib/dates";

type Revision = { id: number; revision: number; savedAt: Date; savedBy: string | null };

/** Every save of the article; restoring loads a revision into the form without saving it. */
export function RevisionList({ articleId, revisions, current, timeZone }: { articleId: number; revisions: Revision[]; current: number; timeZone: string }) {
  return (
    <section className="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">Revisions</h2>
      {revisions.length === 0 ? (
        <p className="empty">No saves from the editor yet.</p>
      ) : (
        <ol reversed>
          {revisions.map((r) => (
            <li key={r.id}>
              <time dateTime={r.savedAt.toISOString()}>{formatDateTime(r.savedAt, timeZone)}</time> by {r.savedBy ?? "a former staff member"}
              {r.revision === current ? (
                <span className="revisions__current"> (current)</span>
              ) : (
                <>
                  {" "}
                  <Link href={`/dashboard/articles/${articleId}/edit?restore=${r.id}`} aria-label={`Restore the revision of ${formatDateTime(r.savedAt, timeZone)}`}>
                    Restore
                  </Link>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
