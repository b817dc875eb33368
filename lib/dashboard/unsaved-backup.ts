/**
 * The editor's copy of what an editor typed and has not saved, kept in the browser tab (sessionStorage) so that Back,
 * a reload or a crash of the page does not lose it; WordPress keeps the same backup. The tab's storage goes with the
 * tab, so another person at the same computer does not find it later; signing out clears it, and each copy is kept
 * under its author's id, so that whoever signs in next in the tab is never offered someone else's text.
 */

export type UnsavedBackup = {
  /** The editor form's values, as the form holds them. */
  values: Record<string, string>;
  /** When it was written (milliseconds since the epoch). */
  savedAt: number;
  /** A save of these values was sent (and not refused): a new article's copy goes once the saved article shows it. */
  submitted: boolean;
};

const prefix = "dateline:unsaved-article:";

/** The storage key of a staff member's copy of an article; a new article's form has its own. */
export function backupKey(staffId: number, articleId: string): string {
  return `${ownPrefix(staffId)}${articleId || "new"}`;
}

/** The start of every key that holds this staff member's copies. */
export function ownPrefix(staffId: number): string {
  return `${prefix}${staffId}:`;
}

/** Every key that holds such a copy, anyone's (for signing out). */
export function backupKeys(storage: Pick<Storage, "length" | "key">): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** A stored copy, or undefined when there is none or it is not one (storage any script on the site can write). */
export function parseBackup(raw: string | null): UnsavedBackup | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<UnsavedBackup>;
    const values = parsed.values;
    if (typeof parsed.savedAt !== "number" || typeof values !== "object" || values === null) return undefined;
    if (!Object.values(values).every((v) => typeof v === "string")) return undefined;
    return { values, savedAt: parsed.savedAt, submitted: parsed.submitted === true };
  } catch {
    return undefined;
  }
}

// Bookkeeping rather than content: the revision a copy was based on, and a schedule that a draft save drops.
const notContent = new Set(["id", "baseRevision", "scheduleAt"]);

/**
 * A field's text as the server stores it, near enough to compare: trimmed, and tags as a set (the editor shows a saved
 * article's tags by name, whatever order they were typed in, each once).
 */
function comparable(name: string, value: string): string {
  const text = value.replace(/\r\n?/g, "\n").trim();
  if (name !== "tags") return text;
  const names = text.split(",").map((tag) => tag.trim().replace(/\s+/g, " ").toLowerCase());
  return [...new Set(names.filter(Boolean))].sort().join(",");
}

/** Whether the copy holds something the form does not show: otherwise there is nothing to offer back. */
export function differsFrom(backup: UnsavedBackup, values: Record<string, string>): boolean {
  const names = new Set([...Object.keys(backup.values), ...Object.keys(values)]);
  for (const name of names) {
    if (notContent.has(name)) continue;
    if (comparable(name, backup.values[name] ?? "") !== comparable(name, values[name] ?? "")) return true;
  }
  return false;
}
