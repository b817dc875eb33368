"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { signInErrorText } from "@/lib/auth/sign-in-messages";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInErrorText(result?.error ?? "CredentialsSignin"));
    // The password is never kept after a failed attempt.
    (event.target as HTMLFormElement).querySelector<HTMLInputElement>("input[name=password]")!.value = "";
  }

  return (
    <form className="form login-form" method="post" onSubmit={submit} noValidate>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required minLength={8} />
      <SubmitButton className="button button--primary" pending={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </SubmitButton>
    </form>
  );
}
