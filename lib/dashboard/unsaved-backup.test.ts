import { describe, expect, it } from "vitest";
import { newArticleValues } from "./editor-values";
import { backupKey, backupKeys, differsFrom, ownPrefix, parseBackup, type UnsavedBackup } from "./unsaved-backup";

const stored = { ...newArticleValues(), id: "7", baseRevision: "3", title: "Harbour plan", slug: "harbour-plan", tags: "Harbour, Council", bodyMarkdown: "One.\n\nTwo." };
const copy = (values: Record<string, string>): UnsavedBackup => ({ values, savedAt: 1, submitted: false });

describe("the editor's unsaved copy in the tab", () => {
  it("is kept per staff member and article, and a new article's apart", () => {
    expect(backupKey(3, "7")).toBe("dateline:unsaved-article:3:7");
    expect(backupKey(3, "")).toBe("dateline:unsaved-article:3:new");
    expect(backupKey(12, "7").startsWith(ownPrefix(1))).toBe(false);
    const entries = ["theme", backupKey(3, "7"), backupKey(12, ""), "dateline:other"];
    expect(backupKeys({ length: entries.length, key: (i) => entries[i] ?? null })).toEqual([backupKey(3, "7"), backupKey(12, "")]);
  });

  it("reads back what it wrote, and nothing else", () => {
    const written: UnsavedBackup = { values: stored, savedAt: 1764250000000, submitted: true };
    expect(parseBackup(JSON.stringify(written))).toEqual(written);
    expect(parseBackup(JSON.stringify({ values: stored, savedAt: 5 }))).toEqual({ values: stored, savedAt: 5, submitted: false });
    for (const raw of [null, "", "{", "null", "[]", '{"values":{}}', '{"values":null,"savedAt":1}', '{"values":{"title":3},"savedAt":1}']) {
      expect(parseBackup(raw), String(raw)).toBeUndefined();
    }
  });

  it("is offered back only when it holds text the form does not show", () => {
    expect(differsFrom(copy(stored), stored)).toBe(false);
    expect(differsFrom(copy({ ...stored, title: "Harbour plan, revised" }), stored)).toBe(true);
    expect(differsFrom(copy({ ...stored, bodyMarkdown: "One." }), stored)).toBe(true);
    expect(differsFrom(copy({ ...stored, isLead: "on" }), stored)).toBe(true);
    // A field only one side has counts as empty on the other.
    expect(differsFrom(copy({ ...stored, heroCaption: "At dawn" }), { ...stored, heroCaption: undefined } as unknown as Record<string, string>)).toBe(true);
  });

  it("ignores what the server tidies on saving, and the bookkeeping fields", () => {
    const asTyped = { ...stored, title: " Harbour plan ", tags: "council,  harbour, Council, ", bodyMarkdown: "One.\r\n\r\nTwo.\n" };
    expect(differsFrom(copy(asTyped), stored)).toBe(false);
    expect(differsFrom(copy({ ...stored, id: "", baseRevision: "2", scheduleAt: "2026-12-01T09:00" }), stored)).toBe(false);
    expect(differsFrom(copy({ ...stored, tags: "Harbour" }), stored)).toBe(true);
  });
});
