"use client";

import { useActionState } from "react";
import { moderateSelected } from "@/app/dashboard/comments/actions";
import type { FormState } from "@/lib/auth/guards";
import type { CommentStatus } from "@/db/schema/comments";
import { describedBy, FieldError, FormStatus } from "./FormStatus";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { statusActionsFor } from "./moderation-actions";

const idle: FormState = { status: "idle" };

/** The queue's bulk form. The row checkboxes join it through form="bulk-moderation", since rows hold forms of their own. */
export function BulkModerationForm({ status, page }: { status: CommentStatus; page: number }) {
  const [state, formAction, pending] = useActionState(moderateSelected, idle);
  return (
    <form id="bulk-moderation" action={formAction} className="bulk-form" aria-label="The ticked comments" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="returnTo" value={status} />
      <input type="hidden" name="page" value={page} />
      <FieldError id="bulk-ids-error" state={state} field="ids" />
      <div className="bulk-form__controls">
        <label htmlFor="bulk-action">With the ticked comments</label>
        <select id="bulk-action" name="action" defaultValue="" {...describedBy(state, "action", { error: "bulk-action-error" })}>
          <option value="">Choose…</option>
          {statusActionsFor(status).map(({ action, label }) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
          <option value="delete">Delete</option>
        </select>
        <span className="bulk-form__confirm">
          <input id="bulk-confirm" type="checkbox" name="confirmDelete" {...describedBy(state, "confirmDelete", { hint: "bulk-confirm-hint", error: "bulk-confirm-error" })} />
          <label htmlFor="bulk-confirm">Yes, delete</label>
        </span>
        <SubmitButton className="button" pending={pending}>
          {pending ? "Applying…" : "Apply"}
        </SubmitButton>
      </div>
      <p className="hint" id="bulk-confirm-hint">
        Deleting needs “Yes, delete” ticked: deleted comments cannot be brought back.
      </p>
      <FieldError id="bulk-action-error" state={state} field="action" />
      <FieldError id="bulk-confirm-error" state={state} field="confirmDelete" />
    </form>
  );
}
