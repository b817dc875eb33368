import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { Paragraphs } from "@/components/site/Paragraphs";

type Props = {
  author: { name: string; slug: string; bio: string; publicEmail: string | null };
  avatar: { id: string; width: number; height: number } | null;
};

export function AuthorBox({ author, avatar }: Props) {
  return (
    <aside className="author-box" aria-label="About the author">
      {avatar ? <ResponsiveImage id={avatar.id} width={avatar.width} height={avatar.height} alt={`Portrait of ${author.name}`} sizes="96px" className="avatar" /> : null}
      <div>
        <p className="author-box__name">
          <a href={`/author/${author.slug}`}>{author.name}</a>
        </p>
        <Paragraphs text={author.bio} className="author-box__bio" />
        {author.publicEmail ? (
          <p className="author-box__email">
            Email: <a href={`mailto:${author.publicEmail}`}>{author.publicEmail}</a>
          </p>
        ) : null}
      </div>
    </aside>
  );
}
