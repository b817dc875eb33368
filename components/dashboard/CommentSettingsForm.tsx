"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import type { CommentSettings } from "@/lib/comments/open";
import { describedBy, FieldError, FormStatus } from "./FormStatus";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = { settings: CommentSettings; action: (state: FormState, data: FormData) => Promise<FormState> };

const idle: FormState = { status: "idle" };

/** Comments across the site: on or off, and the age after which an article's comments close by themselves. */
export function CommentSettingsForm({ settings, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  // After an error the form shows what was sent; otherwise what is stored.
  const sent = state.status === "error" ? state.values : null;
  const enabled = sent ? "commentsEnabled" in sent : settings.commentsEnabled;
  const days = sent ? (sent.closeAfterDays ?? "") : settings.closeAfterDays === null ? "" : String(settings.closeAfterDays);

  return (
    <form className="form settings-form" action={formAction} noValidate aria-labelledby="comment-settings-heading">
      <FormStatus state={state} />

      <div className="checkbox-field">
        <input id="comments-enabled" name="commentsEnabled" type="checkbox" defaultChecked={enabled} key={`enabled-${enabled}`} aria-describedby="comments-enabled-hint" />
        <label htmlFor="comments-enabled">Readers may comment</label>
      </div>
      <p className="hint" id="comments-enabled-hint">
        Off closes comments on every article at once and hides the comment form; approved comments stay visible.
      </p>

      <label htmlFor="close-after-days">Close comments on articles older than (days)</label>
      <input id="close-after-days" name="closeAfterDays" type="text" inputMode="numeric" autoComplete="off" className="input--short" defaultValue={days} key={`days-${days}`} {...describedBy(state, "closeAfterDays", { hint: "close-after-days-hint", error: "close-after-days-error" })} />
      <p className="hint" id="close-after-days-hint">
        A whole number from 1 to 3,650, counted from each article’s publish time. Leave it empty to never close comments by age.
      </p>
      <FieldError id="close-after-days-error" state={state} field="closeAfterDays" />

      <SubmitButton className="button button--primary" pending={pending}>
        {pending ? "Saving…" : "Save settings"}
      </SubmitButton>
    </form>
  );
}
