"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { describedBy, FieldError, FormStatus } from "./FormStatus";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState> };

const idle: FormState = { status: "idle" };

/** A new staff account. The password is never sent back: after an error it must be typed again. */
export function NewUserForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const value = (field: string) => (state.status === "error" ? (state.values[field] ?? "") : "");
  return (
    <form className="form new-user-form" action={formAction} noValidate aria-labelledby="new-user-heading">
      <FormStatus state={state} />

      <label htmlFor="new-user-name">Name</label>
      <input id="new-user-name" name="name" type="text" autoComplete="off" required maxLength={100} defaultValue={value("name")} {...describedBy(state, "name", { error: "new-user-name-error" })} />
      <FieldError id="new-user-name-error" state={state} field="name" />

      <label htmlFor="new-user-email">Sign-in email</label>
      <input id="new-user-email" name="email" type="email" autoComplete="off" required defaultValue={value("email")} {...describedBy(state, "email", { error: "new-user-email-error" })} />
      <FieldError id="new-user-email-error" state={state} field="email" />

      <label htmlFor="new-user-role">Role</label>
      <select id="new-user-role" name="role" defaultValue={value("role") || "editor"} key={value("role")} {...describedBy(state, "role", { hint: "new-user-role-hint", error: "new-user-role-error" })}>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      <p className="hint" id="new-user-role-hint">
        Editors write and publish. Admins also moderate comments, manage users and change settings.
      </p>
      <FieldError id="new-user-role-error" state={state} field="role" />

      <label htmlFor="new-user-password">Password</label>
      <input id="new-user-password" name="password" type="password" autoComplete="new-password" required minLength={8} {...describedBy(state, "password", { hint: "new-user-password-hint", error: "new-user-password-error" })} />
      <p className="hint" id="new-user-password-hint">
        At least 8 characters. Give it to the person directly; they can change it on their profile page.
      </p>
      <FieldError id="new-user-password-error" state={state} field="password" />

      <SubmitButton className="button button--primary" pending={pending}>
        {pending ? "Creating…" : "Create user"}
      </SubmitButton>
    </form>
  );
}
