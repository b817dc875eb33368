"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { sectionLimits } from "@/lib/validation/taxonomy-limits";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { describedBy, FieldError, FormStatus } from "./FormStatus";

type Section = { id: number; name: string; slug: string; description: string };
type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The section to edit; without one, the form creates a section. */
  section?: Section;
  labelledBy: string;
};

const idle: FormState = { status: "idle" };

/** A section's name, address and description: a new section's, or one to edit. */
export function SectionForm({ action, section, labelledBy }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  // After an error the form shows what was sent; otherwise what is stored.
  const value = (field: keyof Section & string, stored = "") => (state.status === "error" && field in state.values ? state.values[field] : stored);
  const id = (field: string) => `section-${section?.id ?? "new"}-${field}`;
  return (
    <form className="form section-form" action={formAction} noValidate aria-labelledby={labelledBy}>
      <FormStatus state={state} />
      {section ? <input type="hidden" name="sectionId" value={section.id} /> : null}

      <label htmlFor={id("name")}>Name</label>
      <input id={id("name")} name="name" type="text" required maxLength={sectionLimits.name} autoComplete="off" defaultValue={value("name", section?.name)} {...describedBy(state, "name", { error: id("name-error") })} />
      <FieldError id={id("name-error")} state={state} field="name" />

      <label htmlFor={id("slug")}>Address</label>
      <div className="input-prefix">
        <span aria-hidden="true">/category/</span>
        <input
          id={id("slug")}
          name="slug"
          type="text"
          required={section !== undefined}
          maxLength={sectionLimits.slug}
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={value("slug", section?.slug)}
          {...describedBy(state, "slug", { hint: id("slug-hint"), error: id("slug-error") })}
        />
      </div>
      <p className="hint" id={id("slug-hint")}>
        {section
          ? "Lowercase letters, digits and hyphens. Changing it moves the section's page and feeds; the old address keeps leading there."
          : "Lowercase letters, digits and hyphens. Leave it empty to make it from the name."}
      </p>
      <FieldError id={id("slug-error")} state={state} field="slug" />

      <label htmlFor={id("description")}>Description (optional)</label>
      <textarea id={id("description")} name="description" rows={3} maxLength={sectionLimits.description} defaultValue={value("description", section?.description)} {...describedBy(state, "description", { hint: id("description-hint"), error: id("description-error") })} />
      <p className="hint" id={id("description-hint")}>
        One or two sentences, shown at the top of the section&apos;s page and to search engines.
      </p>
      <FieldError id={id("description-error")} state={state} field="description" />

      <SubmitButton className="button button--primary" pending={pending}>
        {section ? (pending ? "Saving…" : "Save section") : pending ? "Creating…" : "Create section"}
      </SubmitButton>
    </form>
  );
}
