"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { describedBy, FieldError, FormStatus } from "./FormStatus";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = { loginEmail: string; action: (state: FormState, data: FormData) => Promise<FormState> };

const idle: FormState = { status: "idle" };

/** Changing one's own password. The fields are never refilled: React clears them after every attempt. */
export function PasswordForm({ loginEmail, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form className="form password-form" action={formAction} noValidate aria-labelledby="password-heading">
      <FormStatus state={state} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={loginEmail} readOnly hidden />

      <label htmlFor="current-password">Current password</label>
      <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required {...describedBy(state, "currentPassword", { error: "current-password-error" })} />
      <FieldError id="current-password-error" state={state} field="currentPassword" />

      <label htmlFor="new-password">New password</label>
      <input id="new-password" name="newPassword" type="password" autoComplete="new-password" required minLength={8} {...describedBy(state, "newPassword", { hint: "new-password-hint", error: "new-password-error" })} />
      <p className="hint" id="new-password-hint">
        At least 8 characters. A few unrelated words make a strong one.
      </p>
      <FieldError id="new-password-error" state={state} field="newPassword" />

      <label htmlFor="confirm-password">New password again</label>
      <input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required {...describedBy(state, "confirmPassword", { error: "confirm-password-error" })} />
      <FieldError id="confirm-password-error" state={state} field="confirmPassword" />

      <p className="hint">Changing it signs you out everywhere else: other browsers and devices must sign in again.</p>
      <SubmitButton className="button button--primary" pending={pending}>
        {pending ? "Changing…" : "Change password"}
      </SubmitButton>
    </form>
  );
}
