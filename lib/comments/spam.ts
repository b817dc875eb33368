/** Spam rules that need no database: links push a comment to moderation, the honeypot drops it. */

export const maxLinksBeforeModeration = 2;
export const rateLimit = { comments: 5, windowMs: 10 * 60 * 1000 };

export function countLinks(text: string): number {
  return (text.match(/\b(?:https?:\/\/|www\.)\S+/gi) ?? []).length;
}

export function fellForHoneypot(website: string): boolean {
  return website.trim() !== "";
}
