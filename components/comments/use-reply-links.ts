"use client";

import { useEffect, useState } from "react";

/**
 * Reply and Cancel reply links on a page where React runs the comment form: the answer to a comment post, which Next
 * renders with its runtime. They then set the reply in place, keeping what the reader typed, as public/article.js does
 * on the cached page without the runtime (where this never runs). Returns the comment picked since `answer` (the
 * form's last answer) came, "" after Cancel, or undefined when no link was followed since.
 */
export function useReplyLinks(answer: unknown): string | undefined {
  const [picked, setPicked] = useState<{ answer: unknown; id: string } | null>(null);
  useEffect(() => {
    const pick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-reply-to], [data-reply-cancel]") : null;
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      setPicked({ answer, id: link.dataset.replyTo ?? "" });
      // The keyboard goes where the reader types next: the first empty field, or the comment.
      const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("#comment-form input[required], #comment-form textarea")];
      (fields.find((field) => !field.value) ?? fields.at(-1))?.focus();
    };
    document.addEventListener("click", pick);
    return () => document.removeEventListener("click", pick);
  }, [answer]);
  return picked && picked.answer === answer ? picked.id : undefined;
}
