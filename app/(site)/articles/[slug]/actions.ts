"use server";

import { headers } from "next/headers";
import { postComment } from "@/db/queries/comment-posting";
import { commentMessages, type CommentFormState } from "@/lib/comments/form-state";
import { commenterIpHash } from "@/lib/comments/ip";
import { fellForHoneypot } from "@/lib/comments/spam";
import { commentSchema } from "@/lib/validation/comment";
import { clientIp } from "@/lib/views/visitor";

/** A reader posts a comment: open to everyone, so the checks are validation, spam rules and whether comments are open. */
export async function postCommentAction(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    body: String(formData.get("body") ?? ""),
    parentId: String(formData.get("parentId") ?? ""),
  };
  const parsed = commentSchema.safeParse({ ...values, articleId: formData.get("articleId"), website: formData.get("website") ?? "" });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: "error", message: "Please correct the fields marked below.", fieldErrors, values };
  }
  // A bot that filled the hidden field is told what a first-time commenter is told, and nothing is stored.
  if (fellForHoneypot(parsed.data.website)) return { status: "pending", message: commentMessages.pending };

  const outcome = postComment(parsed.data, commenterIpHash(clientIp(await headers())), new Date());
  if (!outcome.ok) {
    // The text stays; a reply whose comment went is offered as a comment of its own.
    const kept = outcome.reason === "unknown-parent" ? { ...values, parentId: "" } : values;
    return { status: "error", message: commentMessages[outcome.reason], fieldErrors: {}, values: kept };
  }
  return outcome.status === "approved" ? { status: "published", message: commentMessages.published } : { status: "pending", message: commentMessages.pending };
}
