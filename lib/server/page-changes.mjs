// What changed on the site, as the page cache (lib/server/page-cache.mjs) needs to know it. db/queries/page-version.ts
// raises the page version in the same transaction as every change readers can see, and records which articles the
// change touched, or that it may have touched any page. A page shows an article when it is that article's page or
// links to it: every card, list, feed and sitemap entry does.

// Changes remembered for renderings that were under way when they came: a rendering older than these is not kept.
const recentKept = 500;
const articleLink = /\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** @typedef {{ version: number, articles: Set<string> | null }} PageChange  `articles` null: any page may have changed. */

/** The slugs of the articles a page at `path` shows: its own, and every one its text links to. */
export function articlesShown(path, text) {
  const slugs = new Set();
  for (const [, slug] of `${path}\n${text}`.matchAll(articleLink)) slugs.add(slug);
  return slugs;
}

/** Whether a change touched a page showing `articles` (null: not known, so every change does). */
export function touches(change, articles) {
  if (change.articles === null || articles === null) return true;
  for (const slug of change.articles) if (articles.has(slug)) return true;
  return false;
}

/**
 * Follows the page version on a read-only connection and calls `onChange` with each change it learns of, in order.
 *
 * The version is read once per turn of the event loop. A read costs a read transaction, and while views are being
 * committed every few milliseconds it costs more than sending a cached page (about 14 µs against 30). Requests
 * handled in one turn share a reading taken during it; each of them was already arriving when the turn began (the
 * poll phase answers the sockets that were readable then), so none was sent after a change the reading missed.
 *
 * @param {import("better-sqlite3").Database} db
 * @param {(change: PageChange) => void} onChange
 */
export function followPageChanges(db, onChange) {
  const versionQuery = db.prepare("SELECT version FROM page_version WHERE id = 1");
  const changesQuery = db.prepare("SELECT version, articles FROM page_changes WHERE version > ? AND version <= ? ORDER BY version");
  let seen = versionQuery.get()?.version ?? 0;
  /** @type {PageChange[]} */
  const recent = [];
  let readThisTurn = false;
  const newTurn = () => (readThisTurn = false);

  function catchUp() {
    const current = versionQuery.get()?.version ?? 0;
    if (current === seen) return;
    const rows = changesQuery.all(seen, current);
    // A raise without its row (a bulk import, or more changes than the table keeps) may have changed anything.
    const changes =
      rows.length === current - seen
        ? rows.map((row) => ({ version: row.version, articles: row.articles === null ? null : new Set(JSON.parse(row.articles)) }))
        : [{ version: current, articles: null }];
    seen = current;
    for (const change of changes) {
      recent.push(change);
      onChange(change);
    }
    if (recent.length > recentKept) recent.splice(0, recent.length - recentKept);
  }

  /** The page version as of this turn, after `onChange` has heard of every change up to it. */
  function version() {
    if (!readThisTurn) {
      readThisTurn = true;
      catchUp();
      setImmediate(newTurn);
    }
    return seen;
  }

  return {
    version,
    /** Whether a change since `since` touched a page showing `articles`: a rendering begun at `since` is too old then. */
    changedSince(since, articles) {
      if (since === version()) return false;
      if (recent.length === 0 || recent[0].version > since + 1) return true;
      return recent.some((change) => change.version > since && touches(change, articles));
    },
  };
}
