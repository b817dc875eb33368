/** Ghost's rule: 275 words a minute, plus 12 seconds for a hero image; at least one minute. */
export function readingMinutes(text: string, hasHeroImage: boolean): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  const seconds = (words / 275) * 60 + (hasHeroImage ? 12 : 0);
  return Math.max(1, Math.round(seconds / 60));
}
