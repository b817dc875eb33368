/** "1 comment", "3 comments" */
export function pluralize(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}

/** Plain text people type, such as a bio, as its paragraphs: a blank line starts a new one. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * Text cut to at most `limit` characters, counted by code points so that no emoji is split in half: after the last
 * whole word that fits, with "…" when there is room for it. A single word longer than the limit is cut inside.
 */
export function shortenAtWord(text: string, limit: number): string {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  const boundary = chars.slice(0, limit + 1).findLastIndex((c) => /\s/.test(c));
  const kept = chars
    .slice(0, boundary > 0 ? boundary : limit - 1)
    .join("")
    .trimEnd();
  return Array.from(kept).length < limit ? `${kept}…` : kept;
}
