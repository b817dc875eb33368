"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { moderateComments } from "@/db/queries/moderation";
import { adminAction } from "@/lib/auth/guards";
import { queueUrl } from "@/lib/comments/queue-url";
import { bulkModerationSchema, deleteOneSchema, moderateOneSchema } from "@/lib/validation/moderation";

/** The dashboard's nav counts the comments waiting (app/dashboard/layout.tsx): a layout kept across navigations. */
const recountWaiting = () => revalidatePath("/dashboard", "layout");

const gone = { status: "error", message: "This comment no longer exists: someone deleted it meanwhile. Reload the page.", fieldErrors: {}, values: {} } as const;

/**
 * A row's Approve or Mark as spam button. The row leaves its tab, taking any message beside it along, so the
 * answer is a redirect to the same tab and page, which then says what was done (with or without JavaScript).
 */
export const moderateComment = adminAction(moderateOneSchema, (input, staff) => {
  const result = moderateComments([input.commentId], input.action, { id: staff.id, name: staff.name });
  if (result.missing) return gone;
  recountWaiting();
  redirect(queueUrl(input.returnTo, input.page, input.action));
});

/**
 * The bulk form: the ticked comments, one action. Deleting needs the "Yes, delete" box too. Like a row's button, it
 * ends on the tab and page it came from, whose address says what was done (counts included): a message left in the
 * address by an earlier action would otherwise still show beside this one's.
 */
export const moderateSelected = adminAction(bulkModerationSchema, (input, staff) => {
  const result = moderateComments(input.ids, input.action, { id: staff.id, name: staff.name });
  recountWaiting();
  redirect(queueUrl(input.returnTo, input.page, input.action, result));
});

/** The confirmation page's "Delete this comment": deletes, then goes back to the tab the moderator came from. */
export const deleteComment = adminAction(deleteOneSchema, (input, staff) => {
  const result = moderateComments([input.commentId], "delete", { id: staff.id, name: staff.name });
  if (result.missing) return gone;
  recountWaiting();
  redirect(queueUrl(input.returnTo, input.page, "delete"));
});
