"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = { articleId: number; action: (state: FormState | undefined, data: FormData) => Promise<FormState> };

const idle: FormState = { status: "idle" };

/** The second step of deleting: a real form, so it works without JavaScript. */
export function DeleteForm({ articleId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="form delete-form">
      {state.status === "error" ? (
        <p className="form__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={articleId} />
      <SubmitButton className="button button--danger" pending={pending}>
        Delete for good
      </SubmitButton>{" "}
      <Link href={`/dashboard/articles/${articleId}/edit`} className="button button--quiet">
        Keep it
      </Link>
    </form>
  );
}
