"use client";

import { useActionState } from "react";
import { setCommentsForArticles } from "@/app/dashboard/comments-actions";
import type { FormState } from "@/lib/auth/guards";
import { FieldError, FormStatus } from "./FormStatus";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = {
  /** The form's id: checkboxes outside it join it with form={id} (name="ids", value = the article id). */
  id: string;
  /** Optional: the table itself, when its rows hold no forms of their own (forms cannot nest). */
  children?: React.ReactNode;
};

const idle: FormState = { status: "idle" };

/** Admins only: closes or opens comments on every ticked article at once. */
export function BulkCommentsForm({ id, children }: Props) {
  const [state, formAction, pending] = useActionState(setCommentsForArticles, idle);
  return (
    <form id={id} action={formAction} className="bulk-form" aria-label="Comments on the ticked articles" noValidate>
      <FormStatus state={state} />
      <FieldError id={`${id}-ids-error`} state={state} field="ids" />
      <div className="bulk-form__controls">
        <label htmlFor={`${id}-comments-action`}>With the ticked articles</label>
        <select id={`${id}-comments-action`} name="commentsAction" defaultValue="" aria-invalid={state.status === "error" && "commentsAction" in state.fieldErrors ? true : undefined} aria-describedby={state.status === "error" && "commentsAction" in state.fieldErrors ? `${id}-comments-action-error` : undefined}>
          <option value="">Choose…</option>
          <option value="close">Close comments</option>
          <option value="open">Open comments</option>
        </select>
        <SubmitButton className="button" pending={pending}>
          {pending ? "Applying…" : "Apply"}
        </SubmitButton>
      </div>
      <FieldError id={`${id}-comments-action-error`} state={state} field="commentsAction" />
      {children}
    </form>
  );
}
