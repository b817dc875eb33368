"use client";

import { useEffect, useRef, useState } from "react";
import { deleteImageAction } from "@/app/dashboard/media/actions";
import { ActionForm } from "./ActionForm";

type Props = {
  imageId: string;
  /** The picture's name, for the screen reader's words on the Delete link. */
  title: string;
  place: { show: "all" | "unused"; page: number };
  /** The library's address asking to confirm this deletion, and the one without it: the same steps without JavaScript. */
  confirmHref: string;
  keepHref: string;
  startsConfirming: boolean;
};

/**
 * Delete, then "Yes, delete" or "Keep it". Links to the library's own addresses, so it works without JavaScript;
 * with it, the question opens in place, and focus goes to its button and back to Delete as a keyboard user expects.
 */
export function DeleteImageControl({ imageId, title, place, confirmHref, keepHref, startsConfirming }: Props) {
  const [confirming, setConfirming] = useState(startsConfirming);
  const deleteLink = useRef<HTMLAnchorElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  // Focus moves only after the person's own choice, never as the page loads.
  const chosen = useRef(false);
  useEffect(() => {
    if (chosen.current) (confirming ? yes.current : deleteLink.current)?.focus();
  }, [confirming]);
  const toggle = (to: boolean) => (event: React.MouseEvent) => {
    event.preventDefault();
    chosen.current = true;
    setConfirming(to);
  };

  if (!confirming) {
    return (
      <a ref={deleteLink} href={confirmHref} onClick={toggle(true)} className="button button--quiet button--small media-card__delete">
        Delete<span className="visually-hidden"> {title}</span>…
      </a>
    );
  }
  return (
    <ActionForm action={deleteImageAction} className="media-card__confirm">
      <p>Delete this picture and its files for good?</p>
      <input type="hidden" name="imageId" value={imageId} />
      <input type="hidden" name="show" value={place.show} />
      <input type="hidden" name="page" value={place.page} />
      <button ref={yes} type="submit" className="button button--danger button--small">
        Yes, delete
      </button>{" "}
      <a href={keepHref} onClick={toggle(false)} className="button button--quiet button--small">
        Keep it
      </a>
    </ActionForm>
  );
}
