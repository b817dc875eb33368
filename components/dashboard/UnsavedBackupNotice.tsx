import { formatDateTime } from "@/lib/dates";
import type { UnsavedBackup } from "@/lib/dashboard/unsaved-backup";

type Props = {
  /** The copy on offer, or null for none. */
  backup: UnsavedBackup | null;
  /** The revision the form is based on: a copy made from an older one meets a newer save. */
  baseRevision: string;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
};

/**
 * The offer of changes this tab kept and the editor had not saved, above the editor. The live region is always on the
 * page, so that screen readers announce the offer when it appears after the page has loaded.
 */
export function UnsavedBackupNotice({ backup, baseRevision, timeZone, onRestore, onDiscard }: Props) {
  const savedSince = backup !== null && (backup.values.baseRevision ?? "") !== "" && backup.values.baseRevision !== baseRevision;
  return (
    <div className="unsaved-backup" aria-live="polite">
      {backup ? (
        <div className="form__notice unsaved-backup__offer">
          <p>
            This tab kept changes that were not saved, from {formatDateTime(new Date(backup.savedAt), timeZone)}.
            {savedSince ? " The article has been saved since they were made: saving them will say who changed it." : ""} Restoring them
            replaces what the form shows.
          </p>
          <p className="unsaved-backup__actions">
            <button type="button" className="button" onClick={onRestore}>
              Restore these changes
            </button>
            <button type="button" className="button button--quiet" onClick={onDiscard}>
              Discard them
            </button>
          </p>
        </div>
      ) : null}
    </div>
  );
}
