/** Plain text that people type, such as a bio, as paragraphs: a blank line starts a new one. Rendered as text by React. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return paragraphs.map((paragraph, i) => (
    <p key={i} className={className}>
      {paragraph}
    </p>
  ));
}
