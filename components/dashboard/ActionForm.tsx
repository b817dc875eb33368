"use client";

import { useActionState } from "react";
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
  // In a compact form the field's own message says more than "correct the fields below".
  const message = state.status === "error" ? (Object.values(state.fieldErrors)[0] ?? state.message) : state.status === "success" ? state.message : null;
  return (
    <form action={formAction} className={`action-form ${className ?? ""}`} aria-busy={pending || undefined} noValidate>
      {children}
      {message ? (
        <p className={state.status === "error" ? "action-form__error" : "action-form__success"} role={state.status === "error" ? "alert" : "status"}>
          {message}
        </p>
      ) : null}
    </form>
  );
}
