"use client";

import { useId, useState } from "react";

export type UploadedImage = { id: string; width: number; height: number };

type Props = {
  label: string;
  onUploaded: (image: UploadedImage) => void;
  hint?: string;
  /** Told when an upload starts and when it ends, however it ends: a form must not be saved without its picture. */
  onBusyChange?: (busy: boolean) => void;
};

/** Uploads one image to /api/uploads, showing its progress; XMLHttpRequest because fetch reports no upload progress. */
export function ImageUpload({ label, onUploaded, hint, onBusyChange }: Props) {
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  function upload(file: File) {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.append("file", file);
    setError(null);
    setProgress(0);
    onBusyChange?.(true);
    request.onloadend = () => onBusyChange?.(false);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      setProgress(null);
      const answer = (() => {
        try {
          return JSON.parse(request.responseText) as UploadedImage & { error?: string };
        } catch {
          return { error: `Upload failed (HTTP ${request.status}).` } as UploadedImage & { error?: string };
        }
      })();
      if (request.status === 201 && !answer.error) onUploaded(answer);
      else setError(answer.error ?? `Upload failed (HTTP ${request.status}).`);
    };
    request.onerror = () => {
      setProgress(null);
      setError("The upload did not reach the server. Check the connection and try again.");
    };
    request.open("POST", "/api/uploads");
    request.send(body);
  }

  return (
    <div className="image-upload">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        aria-describedby={`${id}-status`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload(file);
          event.target.value = "";
        }}
      />
      <div id={`${id}-status`} aria-live="polite">
        {hint ? <p className="hint">{hint}</p> : null}
        {progress !== null ? (
          <p>
            <progress max={100} value={progress} aria-label="Upload progress" /> {progress}%
          </p>
        ) : null}
        {error ? <p className="field-error">{error}</p> : null}
      </div>
    </div>
  );
}
