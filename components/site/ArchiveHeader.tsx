import { Paragraphs } from "./Paragraphs";

/** The title block of an archive page: what it collects and how many stories it holds. */
export function ArchiveHeader({ kind, title, description, total, children }: { kind: string; title: string; description?: string; total: number; children?: React.ReactNode }) {
  return (
    <header className="archive-header">
      <p className="kicker">{kind}</p>
      <h1>{title}</h1>
      {children}
      {description ? <Paragraphs text={description} className="archive-header__description" /> : null}
      <p className="archive-header__count">
        {total.toLocaleString("en-US")} {total === 1 ? "story" : "stories"}
      </p>
    </header>
  );
}
