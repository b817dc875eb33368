"use client";

import { useEffect, useRef, useState } from "react";
import { describedBy, FieldMessages } from "./FieldMessages";
import { ImageUpload } from "./ImageUpload";

type Props = {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  initialHtml: string;
  preview: (markdown: string) => Promise<string>;
};

const hint = "Markdown: ## heading, **bold**, *italic*, [link](https://…), > quote, - list.";

/**
 * The body in Markdown beside its preview. The preview comes from the server's own renderer (lib/markdown), so it
 * shows exactly what readers will get; it is asked for 300 ms after typing stops, and late answers are ignored.
 */
export function MarkdownEditor({ value, onChange, error, initialHtml, preview }: Props) {
  const [html, setHtml] = useState(initialHtml);
  const latest = useRef(0);
  const first = useRef(true);

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

  return (
    <div className="markdown-editor">
      <div className="markdown-editor__source">
        <label htmlFor="article-bodyMarkdown">Body</label>
        <textarea
          id="article-bodyMarkdown"
          name="bodyMarkdown"
          rows={24}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("article-bodyMarkdown", hint, error)}
        />
        <FieldMessages id="article-bodyMarkdown" hint={hint} error={error} />
        <ImageUpload
          label="Insert image"
          hint="Adds the image at the end of the body; replace “alt text” with a description of the picture."
          onUploaded={(image) => onChange(`${value.replace(/\s*$/, "")}${value.trim() ? "\n\n" : ""}![alt text](/media/${image.id})\n`)}
        />
      </div>
      {/* Focusable, so keyboard users can scroll a long preview. */}
      <section className="markdown-editor__preview" aria-labelledby="body-preview-title" tabIndex={0}>
        <h2 id="body-preview-title" className="markdown-editor__preview-title">
          Preview
        </h2>
        <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      </section>
    </div>
  );
}
