"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { backupKey, backupKeys, differsFrom, ownPrefix, parseBackup, type UnsavedBackup } from "@/lib/dashboard/unsaved-backup";

type Options = {
  /** Whose copy: only theirs is offered to them. */
  staffId: number;
  /** The article's id, or "" for a new article. */
  articleId: string;
  values: Record<string, string>;
  unsaved: boolean;
  /** The action's last answer: a new one (a refused save) means the values sent were not stored. */
  answer: unknown;
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
 * The copy to offer the form, if any, tidying the tab's copies on the way: someone else's (left by a session that ended
 * without signing out), a new article's once its first save shows it here, and one the form shows already.
 */
function lookForCopy(staffId: number, key: string, shown: Record<string, string>, offers: boolean): UnsavedBackup | null {
  const storage = tabStorage();
  if (!storage) return null;
  for (const other of backupKeys(storage)) if (!other.startsWith(ownPrefix(staffId))) storage.removeItem(other);
  const fresh = backupKey(staffId, "");
  const sent = key === fresh ? undefined : parseBackup(storage.getItem(fresh));
  if (sent?.submitted && !differsFrom(sent, shown)) storage.removeItem(fresh);
  const kept = parseBackup(storage.getItem(key));
  if (kept && !differsFrom(kept, shown)) storage.removeItem(key);
  return kept && offers && differsFrom(kept, shown) ? kept : null;
}

/**
 * Keeps the editor's unsaved values in the tab while there are any (lib/dashboard/unsaved-backup.ts), and offers a
 * copy found on opening back when it holds something the form does not show. A copy the form does show is one whose
 * save landed, and goes. The leave warning cannot stop the Back button (see use-leave-warning.ts); with this copy,
 * coming forward again loses nothing.
 */
export function useUnsavedBackup({ staffId, articleId, values, unsaved, answer, offers }: Options) {
  const key = backupKey(staffId, articleId);
  // The copy on offer; undefined until the tab's copies have been looked at, when "nothing to offer" is not known yet.
  const [offered, setOffered] = useState<UnsavedBackup | null | undefined>(undefined);
  const opening = useRef(values);

  useEffect(() => {
    setOffered(lookForCopy(staffId, key, opening.current, offers));
  }, [key, staffId, offers]);

  // The kept copy stays as it is while it is on offer, and on a form showing a revision to restore (which never
  // mentions it: the next form without one offers it); otherwise what the editor changed is kept.
  const keeps = offers && offered === null;
  useEffect(() => {
    if (keeps && unsaved && values !== opening.current) write(key, { values, savedAt: Date.now(), submitted: false });
  }, [key, keeps, values, unsaved, answer]);

  return {
    offered: offered ?? null,
    checked: offered !== undefined,
    /** Called as a save is sent. */
    markSubmitted: useCallback((sent: Record<string, string>) => keeps && write(key, { values: sent, savedAt: Date.now(), submitted: true }), [key, keeps]),
    /** Closes the offer once its copy is in the form. */
    dismiss: useCallback(() => setOffered(null), []),
    /** Forgets the offered copy. */
    discard: useCallback(() => {
      setOffered(null);
      tabStorage()?.removeItem(key);
    }, [key]),
  };
}
