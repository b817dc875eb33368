import { highlightPieces } from "@/lib/search/query";

/** Text with the search's matched words in <mark>; the text itself is rendered as text, never as HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightPieces(text).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}
