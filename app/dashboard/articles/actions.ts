"use server";

import { redirect, RedirectType } from "next/navigation";
import { z } from "zod";
import { deleteArticle, saveArticle } from "@/db/queries/article-save";
import { editorAction, fieldError, type FormState } from "@/lib/auth/guards";
import { currentStaff } from "@/lib/auth/staff";
import { siteConfig } from "@/lib/config";
import { toWallClock } from "@/lib/dates";
import { renderArticleBody, renderMarkdown } from "@/lib/markdown";
import { articleFormSchema, articleLimits, fieldsToFormValues, type ArticleFormInput } from "@/lib/validation/article";
import { idField } from "@/lib/validation/ids";

// Server Actions are public endpoints: each one checks the session itself (editorAction re-reads it from the database).

function formValues(input: ArticleFormInput, timeZone: string): Record<string, string> {
  const { id, baseRevision, intent, scheduleAt, ...fields } = input;
  return {
    ...fieldsToFormValues(fields),
    id: id ? String(id) : "",
    baseRevision: baseRevision === undefined ? "" : String(baseRevision),
    intent,
    scheduleAt: scheduleAt ? toWallClock(scheduleAt, timeZone) : "",
  };
}

/** Save draft, Publish now, Schedule and Unpublish: one form, the pressed button's `intent` says which. */
export const saveArticleAction = editorAction(articleFormSchema, (input, staff): FormState => {
  const { timeZone } = siteConfig();
  const { id, baseRevision, intent, scheduleAt, ...fields } = input;
  // Rendering happens before the transaction, which must stay synchronous.
  const body = renderArticleBody(fields.bodyMarkdown);
  const result = saveArticle({ id, baseRevision, fields, intent, scheduleAt, body }, staff, new Date(), timeZone);
  if (!result.ok) {
    const values = formValues(input, timeZone);
    if (result.field && result.field !== "form") return fieldError(values, result.field, result.message);
    return { status: "error", message: result.message, fieldErrors: {}, values };
  }
  // A new article saved as a draft says "created"; otherwise the notice names what the button did. The editor's page
  // is replaced, not stacked: Back after a save would otherwise show the form as it was before it, whose next save
  // is then refused as a clash with the editor's own newer version (or, from "New article", makes a second article).
  redirect(`/dashboard/articles/${result.id}/edit?saved=${!id && intent === "save" ? "created" : intent}`, RedirectType.replace);
});

export const deleteArticleAction = editorAction(z.object({ id: idField }), (input, staff): FormState => {
  const result = deleteArticle(input.id, staff, new Date());
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: {}, values: {} };
  // The id, not the title: the list reads the title back from the audit log, so the address carries no text to show.
  redirect(`/dashboard?deleted=${input.id}`);
});

/** The editor's live preview: the very renderer and sanitizer of the public page. Signed-out callers get nothing. */
export async function previewMarkdown(body: string): Promise<string> {
  if (typeof body !== "string" || body.length > articleLimits.body) return "";
  if (!(await currentStaff())) return "";
  return renderMarkdown(body);
}
