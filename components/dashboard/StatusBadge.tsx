import type { ListStatus } from "@/lib/dashboard/article-list";

// An unpublished article is a draft in the database; it keeps the draft colour with its own word.
export function StatusBadge({ status }: { status: ListStatus }) {
  return <span className={`badge badge--${status === "unpublished" ? "draft" : status}`}>{status}</span>;
}
