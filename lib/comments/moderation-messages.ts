import type { ModerationAction } from "@/lib/validation/moderation";
import { pluralize } from "@/lib/text";

const done: Record<ModerationAction, string> = { approve: "Approved", pending: "Moved back to Pending:", spam: "Marked as spam:", delete: "Deleted" };
const already: Record<ModerationAction, string> = { approve: "already approved", pending: "already pending", spam: "already marked as spam", delete: "" };

/** "Approved 3 comments. 1 was already approved." — what a moderation request did, including what it could not do. */
export function moderationMessage(action: ModerationAction, result: { changed: number; missing: number; unchanged: number }): string {
  const sentences = [`${done[action]} ${pluralize(result.changed, "comment")}.`];
  if (result.unchanged > 0) sentences.push(`${pluralize(result.unchanged, "comment")} ${result.unchanged === 1 ? "was" : "were"} ${already[action]}.`);
  if (result.missing > 0) sentences.push(`${pluralize(result.missing, "comment")} no longer ${result.missing === 1 ? "exists" : "exist"}: someone deleted ${result.missing === 1 ? "it" : "them"} meanwhile.`);
  return sentences.join(" ");
}
