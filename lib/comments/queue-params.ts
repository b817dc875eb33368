import { z } from "zod";
import { commentStatuses } from "@/db/schema/comments";
import { pageParam } from "@/lib/paging";
import { moderationActions, type ModerationAction } from "@/lib/validation/moderation";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const doneMessages: Record<ModerationAction, string> = {
  approve: "Comment approved.",
  pending: "Comment moved back to Pending.",
  spam: "Comment marked as spam.",
  delete: "Comment deleted.",
};

/** The queue's query string: an unknown tab falls back to Pending, a bad page number to 1. */
export function queueParams(params: SearchParams) {
  const status = z.enum(commentStatuses).catch("pending").parse(first(params.status));
  const done = z.enum(moderationActions).optional().catch(undefined).parse(first(params.done));
  return { status, page: pageParam(params.page), doneMessage: done ? doneMessages[done] : null };
}
