import type Database from "better-sqlite3";

export type PageChange = { version: number; articles: Set<string> | null };
export function articlesShown(path: string, text: string): Set<string>;
export function touches(change: PageChange, articles: Set<string> | null): boolean;
export function followPageChanges(
  db: Database.Database,
  onChange: (change: PageChange) => void,
): { version(): number; changedSince(since: number, articles: Set<string> | null): boolean };
