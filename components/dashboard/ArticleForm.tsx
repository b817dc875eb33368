"use client";

import { useState } from "react";
import type { FormState } from "@/lib/auth/guards";
import type { ListStatus } from "@/lib/dashboard/article-list";
import { slugify } from "@/lib/slug";
import { FieldMessages } from "./FieldMessages";
import { HeroImageField } from "./HeroImageField";
import { MarkdownEditor } from "./MarkdownEditor";
import { PublishBox } from "./PublishBox";
import { SaveAnswer } from "./SaveAnswer";
import { UnsavedBackupNotice } from "./UnsavedBackupNotice";
import { useLeaveWarning } from "./use-leave-warning";
import { useMarkdownForm } from "./use-markdown-form";
import { useUnsavedBackup } from "./use-unsaved-backup";

type Props = {
  action: (state: FormState | undefined, data: FormData) => Promise<FormState>;
  preview: (markdown: string) => Promise<string>;
  initial: Record<string, string>;
  initialHtml: string;
  article: { id: number; status: ListStatus; slug: string } | null;
  categories: { id: number; name: string }[];
  notice?: { kind: "success" | "info"; text: string };
  timeZone: string;
  /** The form opens with what is not saved yet: a revision loaded to restore. */
  startsUnsaved?: boolean;
  /** The signed-in staff member, whose unsaved copies the tab keeps. */
  staffId: number;
};

const hints: Record<string, string> = {
  slug: "The article's address: /articles/<slug>. Changing it on a published article redirects the old address.",
  excerpt: "One or two sentences for listings, feeds and search engines. Left empty, the start of the body is used.",
  tags: "Separated by commas; new tags are created.",
  sourceUrl: "For syndicated pieces: the original, which also becomes the canonical address.",
};

/**
 * The article editor. Every field is controlled so that values survive a refused save (the action answers with
 * them) and so the slug can follow the title until the editor types a slug of their own.
 */
export function ArticleForm({ action, preview, initial, initialHtml, article, categories, notice, timeZone, startsUnsaved = false, staffId }: Props) {
  // Typed (or restored) and not saved yet. A save that succeeds starts the form afresh (its page gives it a new key).
  const [unsaved, setUnsaved] = useState(startsUnsaved);
  const { state, formAction, pending, values, setValues, errors, set, bind, submit, uploadBusy, heldForUpload } = useMarkdownForm({
    action,
    initial,
    idPrefix: "article",
    hints,
    checkboxes: ["isLead"],
    onEdit: () => setUnsaved(true),
    onSubmit: (sent) => {
      if (unsaved) backup.markSubmitted(sent);
    },
  });
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(!article && (initial.slug ?? "") === slugify(initial.title ?? ""));
  useLeaveWarning(unsaved);
  const backup = useUnsavedBackup({ staffId, articleId: values.id ?? "", values, unsaved, answer: state, offers: !startsUnsaved });
  // The offer's buttons go away once pressed: the keyboard goes to the form's first field.
  const focusTitle = () => document.getElementById("article-title")?.focus();
  const restoreBackup = () => {
    if (!backup.offered) return;
    const kept = backup.offered.values;
    setValues((v) => ({ ...v, ...kept }));
    if (!article) setSlugFollowsTitle((kept.slug ?? "") === slugify(kept.title ?? ""));
    setUnsaved(true);
    backup.dismiss();
    focusTitle();
  };
  const discardBackup = () => {
    backup.discard();
    focusTitle();
  };

  const messages = (name: string) => <FieldMessages id={`article-${name}`} hint={hints[name]} error={errors[name]} />;
  return (
    <form action={formAction} onSubmit={submit} className="form article-form" noValidate data-backup-checked={backup.checked || undefined}>
      <SaveAnswer heldForUpload={heldForUpload} state={state}>
        {notice ? (
          <p className={notice.kind === "success" ? "form__success" : "form__notice"} role="status">
            {notice.text}
          </p>
        ) : null}
      </SaveAnswer>
      <UnsavedBackupNotice backup={backup.offered} baseRevision={values.baseRevision ?? ""} timeZone={timeZone} onRestore={restoreBackup} onDiscard={discardBackup} />
      <input type="hidden" name="id" value={values.id ?? ""} />
      <input type="hidden" name="baseRevision" value={values.baseRevision ?? ""} />

      <div className="article-form__grid">
        <div className="article-form__main">
          <p className="hint">Title, slug and section are required; the rest can wait.</p>
          <label htmlFor="article-title">Title</label>
          <input
            {...bind("title")}
            type="text"
            required
            onChange={(e) => {
              set("title", e.target.value);
              if (slugFollowsTitle) set("slug", slugify(e.target.value));
            }}
          />
          {messages("title")}
          <label htmlFor="article-slug">Slug</label>
          <input
            {...bind("slug")}
            type="text"
            required
            onChange={(e) => {
              set("slug", e.target.value);
              setSlugFollowsTitle(e.target.value === "");
            }}
          />
          {messages("slug")}
          <label htmlFor="article-excerpt">Excerpt</label>
          <textarea {...bind("excerpt")} rows={3} className="article-form__short" />
          {messages("excerpt")}
          <div className="article-form__pair">
            <div>
              <label htmlFor="article-categoryId">Section</label>
              <select {...bind("categoryId")} required>
                <option value="">Choose a section…</option>
                {categories.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </select>
              {messages("categoryId")}
            </div>
            <div>
              <label htmlFor="article-tags">Tags</label>
              <input {...bind("tags")} type="text" />
              {messages("tags")}
            </div>
          </div>
          <label htmlFor="article-sourceUrl">Source link</label>
          <input {...bind("sourceUrl")} type="url" inputMode="url" placeholder="https://" />
          {messages("sourceUrl")}
          <p className="article-form__check">
            <input id="article-isLead" name="isLead" type="checkbox" checked={values.isLead === "on"} onChange={(e) => set("isLead", e.target.checked ? "on" : "")} />
            <label htmlFor="article-isLead">Lead story (shown first on the front page)</label>
          </p>
        </div>
        <div className="article-form__aside">
          <PublishBox
            articleId={article?.id ?? null}
            status={article?.status ?? null}
            publicPath={article?.status === "published" ? `/articles/${article.slug}` : null}
            scheduleAt={values.scheduleAt ?? ""}
            onScheduleChange={(v) => set("scheduleAt", v)}
            error={errors.scheduleAt}
            pending={pending}
            timeZone={timeZone}
          />
          <HeroImageField
            imageId={values.heroImageId ?? ""}
            caption={values.heroCaption ?? ""}
            alt={values.heroAlt ?? ""}
            onChange={set}
            errors={{ heroImageId: errors.heroImageId, heroCaption: errors.heroCaption, heroAlt: errors.heroAlt }}
            onUploadBusy={uploadBusy}
          />
        </div>
      </div>
      <MarkdownEditor value={values.bodyMarkdown ?? ""} onChange={(v) => set("bodyMarkdown", v)} error={errors.bodyMarkdown} initialHtml={initialHtml} preview={preview} onUploadBusy={uploadBusy} />
    </form>
  );
}
