"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { describedBy, FieldError, FormStatus } from "./FormStatus";

/** `multiline`: a few sentences, which may be left empty (a description); otherwise one required line (a name). */
type Field = { name: string; label: string; hint: string; defaultValue?: string; maxLength: number; suggestions?: string[]; multiline?: boolean };
type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  tagId: number;
  /** The one field the form asks for; none for deleting. */
  field?: Field;
  button: string;
  danger?: boolean;
  labelledBy: string;
};

const idle: FormState = { status: "idle" };

/** One of the edit tag page's forms: rename, describe, merge into another tag, or delete. */
export function TagActionForm({ action, tagId, field, button, danger, labelledBy }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const id = (part: string) => `tag-${field?.name ?? "delete"}-${part}`;
  // After a refusal, what was typed; otherwise the stored value.
  const typed = field && state.status === "error" ? (state.values[field.name] ?? "") : undefined;
  const described = field ? describedBy(state, field.name, { hint: id("hint"), error: id("error") }) : {};
  return (
    <form className="form tag-action-form" action={formAction} noValidate aria-labelledby={labelledBy}>
      <FormStatus state={state} />
      <input type="hidden" name="tagId" value={tagId} />
      {field ? (
        <>
          <label htmlFor={id("input")}>{field.label}</label>
          {field.multiline ? (
            <textarea id={id("input")} name={field.name} rows={3} maxLength={field.maxLength} defaultValue={typed ?? field.defaultValue} {...described} />
          ) : (
            <input
              id={id("input")}
              name={field.name}
              type="text"
              required
              maxLength={field.maxLength}
              autoComplete="off"
              list={field.suggestions ? id("suggestions") : undefined}
              defaultValue={typed ?? field.defaultValue}
              {...described}
            />
          )}
          {field.suggestions ? (
            <datalist id={id("suggestions")}>
              {field.suggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          ) : null}
          <p className="hint" id={id("hint")}>
            {field.hint}
          </p>
          <FieldError id={id("error")} state={state} field={field.name} />
        </>
      ) : null}
      <SubmitButton className={`button ${danger ? "button--danger" : "button--primary"}`} pending={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}
