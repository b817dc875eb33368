// Where an article uses an uploaded picture. Kept with each save (db/queries/article-save.ts) and, for articles
// saved before the media library, derived the same way by migration 0017.

// Uploads are named by 16 hex characters (lib/media/store.ts); a body may mention one as an image or as a link.
const mentioned = /\/media\/([0-9a-f]{16})/g;
// The renderer turns an upload shown as a picture into exactly this (lib/markdown.ts).
const shown = /\bsrc="\/media\/([0-9a-f]{16})\/\d+"/g;

const idsOf = (pattern: RegExp, text: string) => [...new Set(Array.from(text.matchAll(pattern), (match) => match[1]))];

/**
 * Every upload an article mentions: its hero and each `/media/<id>` in its body, pictures and links alike, in the
 * Markdown and in the HTML rendered from it (Markdown may spell an address with escapes, `\/media\/…`, that only the
 * rendering shows). Reading more than the page shows is the safe side: the library refuses to delete a picture in use.
 */
export function picturesMentioned(heroImageId: string | null | undefined, body: { markdown: string; html: string }): string[] {
  const ids = idsOf(mentioned, `${body.markdown}\n${body.html}`);
  return heroImageId && !ids.includes(heroImageId) ? [heroImageId, ...ids] : ids;
}

/** The uploads a rendered body shows as pictures: each must still be stored, or readers get a broken image. */
export function picturesShown(bodyHtml: string): string[] {
  return idsOf(shown, bodyHtml);
}

/** How long a picture nobody uses is kept from everyone but its uploader: it may be in an article not saved yet. */
export const newUploadGraceMs = 24 * 60 * 60 * 1000;

type Deletable = { createdAt: Date; uploadedById: number | null; uses: number };

/** Why this staff member may not delete the picture now, or null when they may. */
export function whyNotDeletable(image: Deletable, staffId: number, now: Date): string | null {
  if (image.uses > 0) return "It is in use. Take it out of the articles, pages and profiles that show it first.";
  const own = image.uploadedById === staffId;
  if (!own && now.getTime() - image.createdAt.getTime() < newUploadGraceMs) {
    return "It was uploaded in the last 24 hours, maybe for an article not saved yet: only the person who uploaded it can delete it before then.";
  }
  return null;
}
