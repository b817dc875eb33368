import { z } from "zod";
import { commentStatuses } from "@/db/schema/comments";
import { pageParam } from "@/lib/paging";
import { moderationActions, type ModerationAction } from "@/lib/validation/moderation";
import { moderationMessage } from "./moderation-messages";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const countParam = z.coerce.number().int().min(0).max(10_000);

const doneMessages: Record<ModerationAction, string> = {
  approve: "Comment approved.",
  pending: "Comment moved back to Pending.",
  spam: "Comment marked as spam.",
  delete: "Comment deleted.",
};

/** What the last moderation did, from lib/comments/queue-url.ts's address: with counts for the bulk form, without for one comment. */
function doneMessage(params: SearchParams): string | null {
  const done = z.enum(moderationActions).optional().catch(undefined).parse(first(params.done));
  if (!done) return null;
  const changed = countParam.safeParse(first(params.n));
  if (!changed.success) return doneMessages[done];
  const other = (name: string) => countParam.catch(0).parse(first(params[name]) ?? 0);
  return moderationMessage(done, { changed: changed.data, unchanged: other("same"), missing: other("gone") });
}

/** The queue's query string: an unknown tab falls back to Pending, a bad page number to 1. */
export function queueParams(params: SearchParams) {
  const status = z.enum(commentStatuses).catch("pending").parse(first(params.status));
  return { status, page: pageParam(params.page), doneMessage: doneMessage(params) };
}
