"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { moderateComments } from "@/db/queries/moderation";
import { adminAction } from "@/lib/auth/guards";
import { moderationMessage } from "@/lib/comments/moderation-messages";
import { bulkModerationSchema, deleteOneSchema, moderateOneSchema } from "@/lib/validation/moderation";

/** A row's Approve or Mark as spam button. */
export const moderateComment = adminAction(moderateOneSchema, (input, staff) => {
  const result = moderateComments([input.commentId], input.action, { id: staff.id, name: staff.name });
  // The row leaves its tab, and the tab counts change.
  refresh();
  return { status: "success", message: moderationMessage(input.action, result) };
});

/** The bulk form under the queue: the ticked comments, one action. Deleting needs the "Yes, delete" box too. */
export const moderateSelected = adminAction(bulkModerationSchema, (input, staff) => {
  const result = moderateComments(input.ids, input.action, { id: staff.id, name: staff.name });
  refresh();
  return { status: "success", message: moderationMessage(input.action, result) };
});

/** The confirmation page's "Delete this comment": deletes, then goes back to the tab the moderator came from. */
export const deleteComment = adminAction(deleteOneSchema, (input, staff) => {
  const result = moderateComments([input.commentId], "delete", { id: staff.id, name: staff.name });
  if (result.changed === 0) return { status: "error", message: "This comment no longer exists: someone deleted it meanwhile.", fieldErrors: {}, values: {} };
  redirect(`/dashboard/comments?status=${input.returnTo}&deleted=1`);
});
