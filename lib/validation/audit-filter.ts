import { z } from "zod";
import { shiftDay, startOfDay } from "@/lib/dates";
import { pageParam } from "@/lib/paging";

type SearchParams = Record<string, string | string[] | undefined>;

/** The value of the "command line" choice in the person filter. */
export const commandLineChoice = "cli";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

/**
 * The audit page's query string. Anything unreadable is ignored rather than refused: a filter link that went stale
 * still shows the log. `form` is what the filter form shows back; `filter` is what the query uses.
 */
export function auditFilterParams(params: SearchParams, timeZone: string) {
  const actorRaw = first(params.actor) ?? "";
  const actor = actorRaw === commandLineChoice ? ("command line" as const) : /^[1-9]\d{0,15}$/.test(actorRaw) ? Number(actorRaw) : undefined;
  const action = z.string().trim().min(1).max(100).optional().catch(undefined).parse(first(params.action));
  const from = day.optional().catch(undefined).parse(first(params.from));
  const to = day.optional().catch(undefined).parse(first(params.to));
  return {
    form: { actor: actor === undefined ? "" : actorRaw, action: action ?? "", from: from ?? "", to: to ?? "" },
    // "To" includes its whole day: the filter ends where the next day begins in site time.
    filter: { actor, action, from: from ? startOfDay(from, timeZone) : undefined, to: to ? startOfDay(shiftDay(to, -1), timeZone) : undefined },
    page: pageParam(params.page),
  };
}
