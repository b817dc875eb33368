import Link from "next/link";
import { StatusBadge } from "./StatusBadge";
import type { ListStatus } from "@/lib/dashboard/article-list";

/** Above a preview of an article or a site page: what it is, and the way back to its editor. */
export function PreviewBar({ editHref, status }: { editHref: string; status: ListStatus }) {
  return (
    <div className="preview-bar" role="note">
      <p>
        <strong>{status === "published" ? "Preview" : "Preview — not published"}</strong> <StatusBadge status={status} />
      </p>
      <Link href={editHref} className="button">
        Back to the editor
      </Link>
    </div>
  );
}
