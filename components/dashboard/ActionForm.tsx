"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/auth/guards";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  className?: string;
  /** The fields and the button, rendered on the server by the caller. */
  children: React.ReactNode;
};

const idle: FormState = { status: "idle" };

/**
 * A small one-button form inside a table row (approve, close comments, change a role). A plain form post, so it
 * works without JavaScript; with it, the answer appears right beside the button that asked.
 */
export function ActionForm({ action, className, children }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  // The answer stands until another form on the page is sent: beside the row acted on last, not beside every row.
  const [outdated, setOutdated] = useState<FormState | null>(null);
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== form.current) setOutdated(state);
    };
    document.addEventListener("submit", onSubmit);
    return () => document.removeEventListener("submit", onSubmit);
  }, [state]);
  const shown = state === outdated ? idle : state;
  // In a compact form the field's own message says more than "correct the fields below".
  const message = shown.status === "error" ? (Object.values(shown.fieldErrors)[0] ?? shown.message) : shown.status === "success" ? shown.message : null;
  return (
    <form ref={form} action={formAction} className={`action-form ${className ?? ""}`} aria-busy={pending || undefined} noValidate>
      {children}
      {message ? (
        <p className={shown.status === "error" ? "action-form__error" : "action-form__success"} role={shown.status === "error" ? "alert" : "status"}>
          {message}
        </p>
      ) : null}
    </form>
  );
}
