"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { imagePlaceholderAlt } from "@/lib/images";
import { describedBy, FieldMessages } from "./FieldMessages";
import { ImageUpload } from "./ImageUpload";
import { LibraryPicker } from "./LibraryPicker";

type Props = {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  initialHtml: string;
  preview: (markdown: string) => Promise<string>;
  onUploadBusy?: (busy: boolean) => void;
};

const hint = "Markdown: ## heading, **bold**, *italic*, [link](https://…), > quote, - list.";

/**
 * The body in Markdown beside its preview. The preview comes from the server's own renderer (lib/markdown), so it
 * shows exactly what readers will get; it is asked for 300 ms after typing stops, and late answers are ignored.
 */
export function MarkdownEditor({ value, onChange, error, initialHtml, preview, onUploadBusy }: Props) {
  const [html, setHtml] = useState(initialHtml);
  const latest = useRef(0);
  const first = useRef(true);
  const source = useRef<HTMLTextAreaElement>(null);
  // Where the editor last left the cursor in the body; null until they have, and a picture then goes at the end.
  const caret = useRef<number | null>(null);
  // The text to select once the body with a new picture is on the page: its placeholder description.
  const selectOnceShown = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    const range = selectOnceShown.current;
    if (!range || !source.current) return;
    selectOnceShown.current = null;
    source.current.focus();
    source.current.setSelectionRange(...range);
  }, [value]);

  useEffect(() => {
    // The server already rendered the preview of the text the page opened with.
    if (first.current) {
      first.current = false;
      return;
    }
    const request = ++latest.current;
    const timer = setTimeout(() => {
      preview(value)
        .then((rendered) => {
          if (request === latest.current) setHtml(rendered);
        })
        .catch(() => {});
    }, 300);
    return () => clearTimeout(timer);
  }, [value, preview]);

  /** Puts an uploaded or chosen picture in a paragraph of its own at the cursor, its placeholder description selected to type over. */
  function insertImage(imageId: string) {
    const at = Math.min(caret.current ?? value.length, value.length);
    const before = value.slice(0, at).replace(/\s*$/, "");
    const after = value.slice(at).replace(/^\s*/, "");
    const lead = before ? `${before}\n\n` : "";
    onChange(`${lead}![${imagePlaceholderAlt}](/media/${imageId})\n${after ? `\n${after}` : ""}`);
    const start = lead.length + 2;
    caret.current = start;
    selectOnceShown.current = [start, start + imagePlaceholderAlt.length];
  }

  return (
    <div className="markdown-editor">
      <div className="markdown-editor__source">
        <label htmlFor="article-bodyMarkdown">Body</label>
        <textarea
          id="article-bodyMarkdown"
          name="bodyMarkdown"
          rows={24}
          ref={source}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onSelect={(e) => (caret.current = e.currentTarget.selectionStart)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("article-bodyMarkdown", hint, error)}
        />
        <FieldMessages id="article-bodyMarkdown" hint={hint} error={error} />
        <ImageUpload
          label="Insert image"
          hint="Adds the image where the cursor is, with “alt text” selected: type a description of the picture over it."
          onUploaded={(image) => insertImage(image.id)}
          onBusyChange={onUploadBusy}
        />
        <LibraryPicker label="Insert from the library" onChosen={(picture) => insertImage(picture.id)} />
      </div>
      {/* Focusable, so keyboard users can scroll a long preview. */}
      <section className="markdown-editor__preview" aria-labelledby="body-preview-title" tabIndex={0}>
        <h2 id="body-preview-title" className="markdown-editor__preview-title">
          Preview
        </h2>
        {value.trim() ? (
          <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="hint">The body appears here as readers will see it, as you type.</p>
        )}
      </section>
    </div>
  );
}
