"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { backupKey, differsFrom, parseBackup, type UnsavedBackup } from "@/lib/dashboard/unsaved-backup";

type Options = {
  /** The article's id, or "" for a new article. */
  articleId: string;
  values: Record<string, string>;
  unsaved: boolean;
  /** The action's last answer: a new one (a refused save) means the values sent were not stored. */
  answer: unknown;
  /** The page opened just after a save of this form landed (the editor's "Saved." notice). */
  saveLanded: boolean;
  /** Offer a kept copy back; false while the form shows a revision being restored, which the editor chose. */
  offers: boolean;
};

/** The tab's storage, or null where the browser refuses it (some private modes): the backup is a convenience. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function write(key: string, backup: UnsavedBackup) {
  try {
    tabStorage()?.setItem(key, JSON.stringify(backup));
  } catch {
    // Full or refused: the leave warning still stands.
  }
}

/**
 * Keeps the editor's unsaved values in the tab while there are any (lib/dashboard/unsaved-backup.ts), and offers a
 * copy found on opening back when it holds something the form does not show. The leave warning cannot stop the Back
 * button (see use-leave-warning.ts); with this copy, coming forward again loses nothing.
 */
export function useUnsavedBackup({ articleId, values, unsaved, answer, saveLanded, offers }: Options) {
  const key = backupKey(articleId);
  const [offered, setOffered] = useState<UnsavedBackup | null>(null);
  const opening = useRef(values);

  useEffect(() => {
    const storage = tabStorage();
    if (!storage) return;
    if (saveLanded) {
      // The copy that was sent is stored now; a new article's copy was kept under "new" until it had an id.
      for (const sentFrom of new Set([key, backupKey("")])) {
        if (parseBackup(storage.getItem(sentFrom))?.submitted) storage.removeItem(sentFrom);
      }
    }
    const kept = parseBackup(storage.getItem(key));
    if (!kept || !offers) return;
    if (differsFrom(kept, opening.current)) setOffered(kept);
    else storage.removeItem(key);
  }, [key, saveLanded, offers]);

  useEffect(() => {
    if (unsaved) write(key, { values, savedAt: Date.now(), submitted: false });
  }, [key, values, unsaved, answer]);

  return {
    offered,
    /** Called as a save is sent: if it lands, the next page removes the copy. */
    markSubmitted: useCallback((sent: Record<string, string>) => write(key, { values: sent, savedAt: Date.now(), submitted: true }), [key]),
    dismiss: useCallback(() => setOffered(null), []),
    /** Forgets the offered copy, unless what the editor typed since has replaced it in the tab already. */
    discard: useCallback(() => {
      setOffered(null);
      const storage = tabStorage();
      if (storage && parseBackup(storage.getItem(key))?.savedAt === offered?.savedAt) storage.removeItem(key);
    }, [key, offered]),
  };
}
