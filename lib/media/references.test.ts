import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { newUploadGraceMs, picturesMentioned, picturesShown, whyNotDeletable } from "./references";

const a = "0123456789abcdef";
const b = "fedcba9876543210";

describe("picturesMentioned", () => {
  it("reads the hero and every upload the body mentions, once each", () => {
    const body = `![Quay](/media/${a})\n\nSee [the map](/media/${b}) and ![again](/media/${a} "title").`;
    expect(picturesMentioned(b, { markdown: body, html: "" })).toEqual([a, b]);
    expect(picturesMentioned(null, { markdown: body, html: "" })).toEqual([a, b]);
    expect(picturesMentioned("1111111111111111", { markdown: "", html: "" })).toEqual(["1111111111111111"]);
  });

  it("reads the rendered body too, where an address spelled with escapes shows as a picture", () => {
    for (const markdown of [`![x](\\/media\\/${a})`, `![x](&#47;media&#47;${a})`, `![x](/med&#105;a/${a})`]) {
      const html = renderMarkdown(markdown);
      expect(picturesShown(html), markdown).toEqual([a]);
      expect(picturesMentioned(null, { markdown, html }), markdown).toEqual([a]);
    }
  });

  it("ignores what cannot be an upload's name", () => {
    expect(picturesMentioned(undefined, { markdown: "![x](/media/NOTHEX0123456789) ![y](/media/0123) https://example.com/media/x", html: "" })).toEqual([]);
  });
});

describe("picturesShown", () => {
  it("finds the uploads the renderer shows as pictures, not those only linked", () => {
    const html = renderMarkdown(`![Quay](/media/${a})\n\n[map](/media/${b})`);
    expect(picturesShown(html)).toEqual([a]);
  });
});

describe("whyNotDeletable", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  const old = new Date(now.getTime() - newUploadGraceMs);
  const fresh = new Date(now.getTime() - newUploadGraceMs + 60_000);

  it("refuses a picture in use, even to its uploader", () => {
    expect(whyNotDeletable({ createdAt: old, uploadedById: 7, uses: 1 }, 7, now)).toMatch(/in use/);
  });

  it("lets only the uploader delete an unused picture in its first 24 hours", () => {
    expect(whyNotDeletable({ createdAt: fresh, uploadedById: 7, uses: 0 }, 7, now)).toBeNull();
    expect(whyNotDeletable({ createdAt: fresh, uploadedById: 7, uses: 0 }, 8, now)).toMatch(/24 hours/);
    expect(whyNotDeletable({ createdAt: fresh, uploadedById: null, uses: 0 }, 8, now)).toMatch(/24 hours/);
  });

  it("lets any staff member delete an unused picture after that", () => {
    expect(whyNotDeletable({ createdAt: old, uploadedById: 7, uses: 0 }, 8, now)).toBeNull();
    expect(whyNotDeletable({ createdAt: old, uploadedById: null, uses: 0 }, 8, now)).toBeNull();
  });
});
