"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = {
  /** The hidden field naming what to delete. */
  field: { name: string; value: number };
  /** Where "Keep it" leads: back to its editor. */
  keepHref: string;
  action: (state: FormState | undefined, data: FormData) => Promise<FormState>;
};

const idle: FormState = { status: "idle" };

/** The second step of deleting: a real form, so it works without JavaScript. */
export function DeleteForm({ field, keepHref, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="form delete-form">
      {state.status === "error" ? (
        <p className="form__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name={field.name} value={field.value} />
      <SubmitButton className="button button--danger" pending={pending}>
        Delete for good
      </SubmitButton>{" "}
      <Link href={keepHref} className="button button--quiet">
        Keep it
      </Link>
    </form>
  );
}
