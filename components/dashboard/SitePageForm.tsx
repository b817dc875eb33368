"use client";

import { useState } from "react";
import type { FormState } from "@/lib/auth/guards";
import { sitePageLimits } from "@/lib/validation/site-page-limits";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FieldMessages } from "./FieldMessages";
import { MarkdownEditor } from "./MarkdownEditor";
import { SaveAnswer } from "./SaveAnswer";
import { useLeaveWarning } from "./use-leave-warning";
import { useMarkdownForm } from "./use-markdown-form";

type Props = {
  action: (state: FormState | undefined, data: FormData) => Promise<FormState>;
  preview: (markdown: string) => Promise<string>;
  /** The stored page's fields as text, `pageId` and `seenSavedAt` included; empty for a new page. */
  initial: Record<string, string>;
  initialHtml: string;
  /** Said above the form when it opens: that the page was just created. */
  notice?: string;
};

const hints: Record<string, string> = {
  description: "One or two sentences for search engines and link previews. Left empty, the start of the text is used.",
  position: "The footer lists pages by this number, lowest first, then by title.",
};
// A stored page's address is never made up again: a rename would move it (lib/validation/site-page.ts).
const newPageHints: Record<string, string> = { ...hints, slug: "Lowercase letters, digits and hyphens. Leave it empty to make it from the title." };
const storedPageHints: Record<string, string> = { ...hints, slug: "Lowercase letters, digits and hyphens. When it changes, the old address leads here until another page takes it." };

/** A site page's title, address, description, place in the footer, whether readers see it yet, and Markdown text. */
export function SitePageForm({ action, preview, initial, initialHtml, notice }: Props) {
  const isNew = !initial.pageId;
  const fieldHints = isNew ? newPageHints : storedPageHints;
  // Typed and not saved yet: until a save of it succeeds, and what is typed while one is under way stays unsaved.
  const [unsaved, setUnsaved] = useState(false);
  const [editedSinceSent, setEditedSinceSent] = useState(false);
  const { state, formAction, pending, values, errors, set, bind, submit, uploadBusy, heldForUpload } = useMarkdownForm({
    action,
    initial,
    idPrefix: "page",
    hints: fieldHints,
    checkboxes: ["inMenu", "published"],
    onEdit: () => {
      setUnsaved(true);
      setEditedSinceSent(true);
    },
    onAnswer: (answer) => {
      if (answer.status === "success") setUnsaved(editedSinceSent);
    },
    onSubmit: () => setEditedSinceSent(false),
  });
  useLeaveWarning(unsaved);
  const messages = (name: string) => <FieldMessages id={`page-${name}`} hint={fieldHints[name]} error={errors[name]} />;

  return (
    <form action={formAction} onSubmit={submit} className="form site-page-form" noValidate>
      <SaveAnswer heldForUpload={heldForUpload} state={state}>
        {state.status === "success" || notice ? (
          <p className="form__success" role="status">
            {state.status === "success" ? state.message : notice}
          </p>
        ) : null}
      </SaveAnswer>
      <input type="hidden" name="pageId" value={initial.pageId ?? ""} />
      {/* From the page as last rendered: each successful save refreshes it, so a form's own saves never clash. */}
      <input type="hidden" name="seenSavedAt" value={initial.seenSavedAt ?? ""} />

      <label htmlFor="page-title">Title</label>
      <input {...bind("title")} type="text" required maxLength={sitePageLimits.title} />
      {messages("title")}

      <label htmlFor="page-slug">Address</label>
      <div className="input-prefix">
        <span aria-hidden="true">/</span>
        <input {...bind("slug")} type="text" required={!isNew} maxLength={sitePageLimits.slug} autoCapitalize="none" spellCheck={false} />
      </div>
      {messages("slug")}

      <label htmlFor="page-description">Description (optional)</label>
      <textarea {...bind("description")} rows={2} maxLength={sitePageLimits.description} />
      {messages("description")}

      <label htmlFor="page-position">Order in the footer</label>
      <input {...bind("position")} type="text" inputMode="numeric" pattern="[0-9]*" maxLength={3} className="input--short" />
      {messages("position")}

      <div className="checkbox-field">
        <input id="page-inMenu" name="inMenu" type="checkbox" checked={values.inMenu === "on"} onChange={(e) => set("inMenu", e.target.checked ? "on" : "")} />
        <label htmlFor="page-inMenu">Also in the site&apos;s menu, after the sections</label>
      </div>

      <div className="checkbox-field">
        <input
          id="page-published"
          name="published"
          type="checkbox"
          aria-describedby="page-published-hint"
          checked={values.published === "on"}
          onChange={(e) => set("published", e.target.checked ? "on" : "")}
        />
        <label htmlFor="page-published">Published</label>
      </div>
      <p id="page-published-hint" className="hint">
        Unticked, the page is a draft: only the newsroom sees it, here.
      </p>

      <MarkdownEditor
        value={values.bodyMarkdown ?? ""}
        onChange={(v) => set("bodyMarkdown", v)}
        error={errors.bodyMarkdown}
        initialHtml={initialHtml}
        preview={preview}
        onUploadBusy={uploadBusy}
      />

      <SubmitButton className="button button--primary" pending={pending}>
        {isNew ? (pending ? "Creating…" : "Create page") : pending ? "Saving…" : "Save page"}
      </SubmitButton>
    </form>
  );
}
