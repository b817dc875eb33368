import Link from "next/link";
import type { CommentStatus } from "@/db/schema/comments";
import { queueUrl } from "@/lib/comments/queue-url";

const labels: Record<CommentStatus, string> = { pending: "Pending", approved: "Approved", spam: "Spam" };

/** The queue's tabs: plain links, so each is an address of its own and works without JavaScript. */
export function ModerationTabs({ current, counts }: { current: CommentStatus; counts: Record<CommentStatus, number> }) {
  return (
    <nav aria-label="Comments by status">
      <ul className="tabs">
        {(Object.keys(labels) as CommentStatus[]).map((status) => (
          <li key={status}>
            <Link href={queueUrl(status)} aria-current={status === current ? "page" : undefined} className="tabs__tab">
              {labels[status]} <span className="tabs__count">({counts[status].toLocaleString("en-US")})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
