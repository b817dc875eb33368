"use client";

import { useEffect, useId, useRef, useState } from "react";
import { browseLibrary, type LibraryChoice, type LibraryChoices } from "@/app/dashboard/media/actions";

type Props = {
  /** The button's words, naming what the chosen picture becomes ("Insert from the library"). */
  label: string;
  onChosen: (picture: LibraryChoice) => void;
};

type Page = Extract<LibraryChoices, { refused: false }>;
/** The page on show (kept while the next one loads, so the buttons that asked stay where they were) and what is under way. */
type Shown = { page: Page | null; loading: boolean; failure: string | null };

/**
 * Chooses a picture already in the media library, as WordPress's "Add Media" does: a modal dialog (the browser's own,
 * which keeps focus inside and closes on Escape) showing the library a page at a time, newest first.
 */
export function LibraryPicker({ label, onChosen }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const firstPicture = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [shown, setShown] = useState<Shown>({ page: null, loading: false, failure: null });
  const asked = useRef(0);
  // After Newer or Older, focus goes to the new page's first picture: the keyboard user is where the pictures are.
  const focusFirst = useRef(false);

  useEffect(() => {
    if (!focusFirst.current || shown.loading) return;
    focusFirst.current = false;
    firstPicture.current?.focus();
  }, [shown]);

  function load(page: number) {
    const request = ++asked.current;
    setShown((before) => ({ ...before, loading: true, failure: null }));
    browseLibrary(page)
      .then((choices) => {
        if (request !== asked.current) return;
        setShown(choices.refused ? { page: null, loading: false, failure: "Your session has ended: sign in again to choose a picture." } : { page: choices, loading: false, failure: null });
      })
      .catch(() => {
        if (request === asked.current) setShown((before) => ({ ...before, loading: false, failure: "The library could not be reached. Check the connection and try again." }));
      });
  }

  function open() {
    dialog.current?.showModal();
    load(1);
  }

  function turnTo(page: number) {
    if (shown.loading) return;
    focusFirst.current = true;
    load(page);
  }

  function choose(picture: LibraryChoice) {
    dialog.current?.close();
    onChosen(picture);
  }

  const { page, loading, failure } = shown;
  const status = failure ?? (loading ? "Loading the library…" : page?.pictures.length ? `Page ${page.page} of ${page.pageCount}, newest first.` : "The library has no pictures yet: upload one instead.");
  return (
    <>
      <button type="button" className="button button--quiet library-picker__open" onClick={open}>
        {label}
      </button>
      <dialog ref={dialog} className="library-picker" aria-labelledby={titleId} aria-busy={loading || undefined}>
        <h2 id={titleId}>Choose a picture</h2>
        <p className="hint" aria-live="polite">
          {status}
        </p>
        {page?.pictures.length ? (
          <ul className="library-picker__grid">
            {page.pictures.map((picture, i) => (
              <li key={picture.id}>
                <button type="button" ref={i === 0 ? firstPicture : undefined} onClick={() => choose(picture)}>
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
          {page && page.page > 1 ? (
            <button type="button" className="button button--quiet button--small" aria-disabled={loading || undefined} onClick={() => turnTo(page.page - 1)}>
              ← Newer
            </button>
          ) : null}
          {page && page.page < page.pageCount ? (
            <button type="button" className="button button--quiet button--small" aria-disabled={loading || undefined} onClick={() => turnTo(page.page + 1)}>
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
