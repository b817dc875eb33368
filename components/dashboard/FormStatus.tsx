import type { FormState } from "@/lib/auth/guards";

/** The message above a form after it was sent: success, refusal, or a pointer to the fields marked below. */
export function FormStatus({ state }: { state: FormState }) {
  if (state.status === "success") {
    return (
      <p className="form__success" role="status">
        {state.message}
      </p>
    );
  }
  if (state.status !== "error") return null;
  const fields = Object.keys(state.fieldErrors).filter((key) => key !== "form");
  return (
    <p className="form__error" role="alert">
      {fields.length > 0 ? "Please correct the fields marked below." : state.message}
    </p>
  );
}

/** A field's error, placed right under it; the input names it in aria-describedby. */
export function FieldError({ id, state, field }: { id: string; state: FormState; field: string }) {
  const message = state.status === "error" ? state.fieldErrors[field] : undefined;
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

export function fieldErrorOf(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[field] : undefined;
}

/** aria attributes of an input: invalid when it has an error, described by its hint and its error. */
export function describedBy(state: FormState, field: string, ids: { hint?: string; error: string }) {
  const invalid = fieldErrorOf(state, field) !== undefined;
  const describers = [ids.hint, invalid ? ids.error : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": describers || undefined };
}
