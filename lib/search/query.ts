/** Reader input to an FTS5 query. Every term is quoted, so nothing a reader types is read as FTS syntax. */

const maxInput = 500;
const maxTerms = 12;

// Letters and digits in any script; everything else (operators, quotes, brackets, emoji, punctuation) separates words.
const word = /[\p{L}\p{N}]+/gu;

/** `"a b" c` → `"a b" "c"`: every term, quoted, all required; null when nothing searchable is left. */
export function toMatchExpression(input: string): string | null {
  const phrases = toPhrases(input);
  return phrases.length === 0 ? null : phrases.join(" ");
}

function toPhrases(input: string): string[] {
  const terms: string[] = [];
  for (const part of input.slice(0, maxInput).matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = (part[1] ?? part[2]).match(word) ?? [];
    if (part[1] !== undefined && words.length > 1) terms.push(`"${words.join(" ")}"`);
    else terms.push(...words.map((w) => `"${w}"`));
    if (terms.length >= maxTerms) break;
  }
  return terms.slice(0, maxTerms);
}

/** Markers that the database puts around matched words in titles and snippets; the page turns them into <mark>. */
export const matchStart = "\u0001";
export const matchEnd = "\u0002";

/** Splits a highlighted text into plain and matched pieces. Other text is never interpreted as HTML. */
export function highlightPieces(text: string): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  for (const chunk of text.split(matchStart)) {
    const end = chunk.indexOf(matchEnd);
    if (end === -1) {
      if (chunk) pieces.push({ text: chunk, match: false });
      continue;
    }
    if (end > 0) pieces.push({ text: chunk.slice(0, end), match: true });
    const rest = chunk.slice(end + 1).replaceAll(matchEnd, "");
    if (rest) pieces.push({ text: rest, match: false });
  }
  return pieces;
}
