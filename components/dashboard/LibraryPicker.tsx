"use client";

import { useId, useRef, useState } from "react";
import { browseLibrary, type LibraryChoice, type LibraryChoices } from "@/app/dashboard/media/actions";

type Props = {
  /** The button's words, naming what the chosen picture becomes ("Insert from the library"). */
  label: string;
  onChosen: (picture: LibraryChoice) => void;
};

type Shown = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; choices: Extract<LibraryChoices, { refused: false }> };

/**
 * Chooses a picture already in the media library, as WordPress's "Add Media" does: a modal dialog (the browser's own,
 * which keeps focus inside and closes on Escape) showing the library a page at a time, newest first.
 */
export function LibraryPicker({ label, onChosen }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [shown, setShown] = useState<Shown>({ status: "loading" });
  const asked = useRef(0);

  function load(page: number) {
    const request = ++asked.current;
    setShown({ status: "loading" });
    browseLibrary(page)
      .then((choices) => {
        if (request !== asked.current) return;
        setShown(choices.refused ? { status: "failed", message: "Your session has ended: sign in again to choose a picture." } : { status: "ready", choices });
      })
      .catch(() => {
        if (request === asked.current) setShown({ status: "failed", message: "The library could not be reached. Check the connection and try again." });
      });
  }

  function open() {
    dialog.current?.showModal();
    load(1);
  }

  function choose(picture: LibraryChoice) {
    dialog.current?.close();
    onChosen(picture);
  }

  const choices = shown.status === "ready" ? shown.choices : null;
  return (
    <>
      <button type="button" className="button button--quiet library-picker__open" onClick={open}>
        {label}
      </button>
      <dialog ref={dialog} className="library-picker" aria-labelledby={titleId}>
        <h2 id={titleId}>Choose a picture</h2>
        <p className="hint" aria-live="polite">
          {shown.status === "loading" ? "Loading the library…" : shown.status === "failed" ? shown.message : choices?.pictures.length ? `Page ${choices.page} of ${choices.pageCount}, newest first.` : "The library has no pictures yet: upload one instead."}
        </p>
        {choices?.pictures.length ? (
          <ul className="library-picker__grid">
            {choices.pictures.map((picture) => (
              <li key={picture.id}>
                <button type="button" onClick={() => choose(picture)}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a stored size of our own media route, not a remote image */}
                  <img src={`/media/${picture.id}/640`} alt="" width={picture.width} height={picture.height} loading="lazy" />
                  <span className="library-picker__name">{picture.fileName || `Picture ${picture.id}`}</span>
                  <span className="library-picker__size">
                    {picture.width} × {picture.height} px
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="library-picker__footer">
          {choices && choices.page > 1 ? (
            <button type="button" className="button button--quiet button--small" onClick={() => load(choices.page - 1)}>
              ← Newer
            </button>
          ) : null}
          {choices && choices.page < choices.pageCount ? (
            <button type="button" className="button button--quiet button--small" onClick={() => load(choices.page + 1)}>
              Older →
            </button>
          ) : null}
          <button type="button" className="button button--small" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
