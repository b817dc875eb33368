import { z } from "zod";
import { commentStatuses } from "@/db/schema/comments";
import { checkboxField, idField, idListField } from "./ids";

export const moderationActions = ["approve", "pending", "spam", "delete"] as const;
export type ModerationAction = (typeof moderationActions)[number];

const actionField = z.enum(moderationActions, { message: "Choose what to do with the selected comments." });

/** Where a row's action sends the moderator back to: the tab and page they were on. */
const returnFields = { returnTo: z.enum(commentStatuses).catch("pending"), page: z.coerce.number().int().positive().catch(1) };

/** One comment's button: approve, back to pending (Unapprove, Not spam) or mark as spam. Deleting one goes through its confirmation page. */
export const moderateOneSchema = z.object({ commentId: idField, action: z.enum(["approve", "pending", "spam"], { message: "Choose approve, pending or spam." }), ...returnFields });

/** The actions that move a comment from one tab to another. */
export type StatusAction = z.infer<typeof moderateOneSchema>["action"];

/** The confirmation page's form: only reached after the moderator chose Delete. */
export const deleteOneSchema = z.object({ commentId: idField, ...returnFields });

/** The bulk form: ticked comments, an action, and for deleting, the "Yes, delete" box; and the tab and page to return to. */
export const bulkModerationSchema = z
  .object({ ids: idListField("Tick at least one comment first."), action: actionField, confirmDelete: checkboxField, ...returnFields })
  .refine((v) => v.action !== "delete" || v.confirmDelete, {
    message: "Tick “Yes, delete” to confirm: deleted comments cannot be brought back.",
    path: ["confirmDelete"],
  });

export type BulkModeration = z.infer<typeof bulkModerationSchema>;
