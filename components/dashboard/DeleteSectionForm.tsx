"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { describedBy, FieldError } from "./FormStatus";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  section: { id: number; name: string; articles: number };
  /** The sections its articles may move to. */
  others: { id: number; name: string }[];
};

const idle: FormState = { status: "idle" };

/** Deletes a section, asking first where its articles go when it has any. A plain form: it works without JavaScript. */
export function DeleteSectionForm({ action, section, others }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const movable = section.articles > 0;
  // A refusal is shown above the button unless it belongs beside the select: a section that looked empty when the page
  // was drawn may have got an article since, and the page then redraws with the select.
  const topError = state.status === "error" && !(movable && state.fieldErrors.moveTo) ? (state.fieldErrors.moveTo ?? state.message) : null;
  return (
    <form className="form delete-section-form" action={formAction} noValidate aria-labelledby="delete-section-heading">
      {topError ? (
        <p className="form__error" role="alert">
          {topError}
        </p>
      ) : null}
      <input type="hidden" name="sectionId" value={section.id} />
      {movable ? (
        <>
          <label htmlFor="delete-section-move-to">
            Move its {section.articles === 1 ? "article" : `${section.articles.toLocaleString("en-US")} articles`} to
          </label>
          <select id="delete-section-move-to" name="moveTo" required defaultValue={state.status === "error" ? (state.values.moveTo ?? "") : ""} {...describedBy(state, "moveTo", { hint: "delete-section-hint", error: "delete-section-move-to-error" })}>
            <option value="">Choose a section</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <p className="hint" id="delete-section-hint">
            Drafts and scheduled articles move too. Links to {section.name} and its feeds will lead to the section you choose.
          </p>
          <FieldError id="delete-section-move-to-error" state={state} field="moveTo" />
        </>
      ) : (
        <p className="hint">It holds no articles. Its address will answer “not found”.</p>
      )}
      <SubmitButton className="button button--danger" pending={pending}>
        Delete {section.name}
      </SubmitButton>
    </form>
  );
}
