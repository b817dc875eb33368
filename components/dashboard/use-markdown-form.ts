"use client";

import { startTransition, useActionState, useState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { describedBy } from "./FieldMessages";

type Action = (state: FormState | undefined, data: FormData) => Promise<FormState>;
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

type Options = {
  action: Action;
  /** The fields as the form opens, as text. */
  initial: Record<string, string>;
  /** Prefixes each field's id: `article-title`. */
  idPrefix: string;
  hints: Record<string, string>;
  /** Checkbox fields: an answer that leaves one out means it was unticked. */
  checkboxes: readonly string[];
  /** Called on every edit the person makes. */
  onEdit?: () => void;
  /** Called while rendering the action's new answer, to adjust the form's own state to it. */
  onAnswer?: (state: FormState) => void;
  /** Called with the values as they are sent, once nothing holds the save back. */
  onSubmit?: (values: Record<string, string>) => void;
};

const idle: FormState = { status: "idle" };

/** The values an answer of the action kept, over those shown; a refusal of the session or role keeps none. */
function withAnswer(values: Record<string, string>, state: FormState, checkboxes: readonly string[]): Record<string, string> {
  if (state.status !== "error" || Object.keys(state.values).length === 0) return values;
  return { ...values, ...state.values, ...Object.fromEntries(checkboxes.map((name) => [name, state.values[name] ?? ""])) };
}

/**
 * A dashboard editor whose every field is controlled, with a Markdown body that may be uploading pictures: the article
 * editor and the site page editor. What was typed survives a refused save (the action answers with it), with
 * JavaScript or without; the save waits for uploads to finish; and it is dispatched in a transition, because React's
 * reset of a form after its action puts a controlled <select> or checkbox back to the value it first rendered
 * (react#30580, react#31695), so the fields would show one thing and send another.
 */
export function useMarkdownForm({ action, initial, idPrefix, hints, checkboxes, onEdit, onAnswer, onSubmit }: Options) {
  const [state, formAction, pending] = useActionState(action, idle);
  // Without JavaScript the page is rendered afresh with the action's answer, so its values count from the start.
  const [values, setValues] = useState(() => withAnswer(initial, state, checkboxes));
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    // A new answer from the action: show the values it kept (adjusting state while rendering, as React advises).
    setAnswered(state);
    setValues((v) => withAnswer(v, state, checkboxes));
    onAnswer?.(state);
  }

  // Pictures on their way to the server: saving now would store the text without them.
  const [uploads, setUploads] = useState(0);
  const [savePressedDuringUpload, setSavePressedDuringUpload] = useState(false);
  const uploadBusy = (busy: boolean) => setUploads((n) => Math.max(0, n + (busy ? 1 : -1)));

  const errors = state.status === "error" ? state.fieldErrors : {};
  const set = (name: string, value: string) => {
    onEdit?.();
    setValues((v) => ({ ...v, [name]: value }));
  };
  const bind = (name: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    value: values[name] ?? "",
    onChange: (e: React.ChangeEvent<Field>) => set(name, e.target.value),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy(`${idPrefix}-${name}`, hints[name], errors[name]),
  });
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (uploads > 0) return setSavePressedDuringUpload(true);
    setSavePressedDuringUpload(false);
    onSubmit?.(values);
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };

  return { state, formAction, pending, values, setValues, errors, set, bind, submit, uploadBusy, heldForUpload: savePressedDuringUpload && uploads > 0 };
}
