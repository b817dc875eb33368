import Link from "next/link";
import { StatusBadge } from "./StatusBadge";
import type { ListStatus } from "@/lib/dashboard/article-list";

export function PreviewBar({ articleId, status }: { articleId: number; status: ListStatus }) {
  return (
    <div className="preview-bar" role="note">
      <p>
        <strong>{status === "published" ? "Preview" : "Preview — not published"}</strong> <StatusBadge status={status} />
      </p>
      <Link href={`/dashboard/articles/${articleId}/edit`} className="button">
        Back to the editor
      </Link>
    </div>
  );
}
