const slugLimit = 80;

/** "Harbour plan: what's next?" -> "harbour-plan-whats-next"; a long one ends at a whole word within 80 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= slugLimit) return slug;
  const wordEnd = slug.lastIndexOf("-", slugLimit);
  return wordEnd > 0 ? slug.slice(0, wordEnd) : slug.slice(0, slugLimit);
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
