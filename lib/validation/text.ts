/**
 * Control characters other than tab and line breaks have no business in anything a person types: they are
 * invisible, they break XML feeds, and U+0001/U+0002 would pass for the search highlighter's markers.
 */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}
