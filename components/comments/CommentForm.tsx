"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { postCommentAction } from "@/app/(site)/articles/[slug]/actions";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { commentLimits } from "@/lib/validation/comment-limits";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useReplyLinks } from "./use-reply-links";

/**
 * The comment form; a plain form post, so it works without JavaScript too, as it does on article pages from the
 * production server, which sends them without Next's runtime. There the answer to a post is the page rendered again:
 * when comments have closed meanwhile, the form gives way to "Comments are closed." and still says the comment was
 * not saved.
 */
type Props = {
  articleId: number;
  articlePath: string;
  closed: boolean;
  /** The comments a reply may answer, by id: their authors' names. */
  replyable: Record<string, string>;
  /** The comment the page was opened to reply to (`?replyto=`), without the article's script. */
  replyTo?: string;
};

export function CommentForm({ articleId, articlePath, closed, replyable, replyTo }: Props) {
  const [state, formAction, pending] = useActionState(postCommentAction, initialCommentFormState);
  const router = useRouter();
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  // A Reply link followed here; else a refused post keeps replying to what it replied to, and one that went through
  // starts afresh.
  const picked = useReplyLinks(state);
  const replyId = picked ?? (state.status === "idle" ? replyTo : state.status === "error" ? values.parentId : undefined);
  const replyingTo = replyId !== undefined && Object.hasOwn(replyable, replyId) ? { id: replyId, name: replyable[replyId] } : null;

  // React resets the form after each submission, back to the defaultValues: empty, or what was entered when there are errors.
  useEffect(() => {
    // A published comment is on the page now: fetch the page again to show it.
    if (state.status === "published") router.refresh();
  }, [state, router]);

  const field = (name: "name" | "email" | "body", hintId?: string) => ({
    id: `comment-${name}`,
    name,
    defaultValue: values[name] ?? "",
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hintId, errors[name] ? `comment-${name}-error` : undefined].filter(Boolean).join(" ") || undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`comment-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;

  // Without scripts, the answer to a post is the whole page again, opened at its top: autofocus takes the reader back
  // down to what became of their comment.
  const outcome =
    state.status !== "idle" ? (
      <p className={state.status === "error" ? "form__error" : "form__success"} role="status" tabIndex={-1} autoFocus>
        {state.message}
      </p>
    ) : null;

  if (closed) {
    return (
      <>
        {outcome}
        <p className="comments__closed">Comments are closed.</p>
      </>
    );
  }

  return (
    <form id="comment-form" action={formAction} className="form comment-form" aria-labelledby="comment-form-title">
      <h3 id="comment-form-title">Leave a comment</h3>
      {/* Shown in place when a Reply link is followed (public/article.js, or useReplyLinks where React runs the form); in
          a live region that is always there, so that screen readers say it. */}
      <div aria-live="polite">
        <p className="comment-form__reply" data-reply-context hidden={!replyingTo}>
          Replying to <strong data-reply-name>{replyingTo?.name}</strong>.{" "}
          <a href={`${articlePath}#comment-form`} data-reply-cancel>
            Cancel reply
          </a>
        </p>
      </div>
      <p className="hint">All three fields are required.</p>
      {outcome}
      <input type="hidden" name="articleId" value={articleId} />
      {/* Not restored by the browser on a reload: the reply it names would not be shown. */}
      <input type="hidden" name="parentId" value={replyingTo?.id ?? ""} autoComplete="off" data-reply-input />
      <label htmlFor="comment-name">Name</label>
      <input type="text" autoComplete="name" maxLength={commentLimits.name} required {...field("name")} />
      {error("name")}
      <label htmlFor="comment-email">Email</label>
      <input type="email" autoComplete="email" maxLength={commentLimits.email} required {...field("email", "comment-email-hint")} />
      <p id="comment-email-hint" className="hint">
        Never shown. Your first comment waits for a moderator; later ones appear at once.
      </p>
      {error("email")}
      <label htmlFor="comment-body">Comment</label>
      <textarea rows={6} maxLength={commentLimits.body} required {...field("body")} />
      {error("body")}
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="comment-website">Leave this field empty</label>
        <input id="comment-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton className="button button--primary" pending={pending}>
        {pending ? "Posting…" : "Post comment"}
      </SubmitButton>
    </form>
  );
}
