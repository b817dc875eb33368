import { paragraphsOf } from "@/lib/text";

/** Plain text that people type, such as a bio, as paragraphs (lib/text.ts). Rendered as text by React. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return paragraphsOf(text).map((paragraph, i) => (
    <p key={i} className={className}>
      {paragraph}
    </p>
  ));
}
