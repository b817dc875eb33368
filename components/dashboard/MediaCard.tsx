import Link from "next/link";
import type { LibraryImage, PictureUses } from "@/db/queries/media-library";
import { formatLongDate } from "@/lib/dates";
import { imagePlaceholderAlt, imageUrl, imageWidthsFor } from "@/lib/images";
import { libraryAddress } from "@/lib/dashboard/media-address";
import { DeleteImageControl } from "./DeleteImageControl";
import { StatusBadge } from "./StatusBadge";

type Props = {
  image: LibraryImage;
  uses: PictureUses;
  /** Why the viewer may not delete it (lib/media/references.ts), or null. */
  notDeletable: string | null;
  place: { show: "all" | "unused"; page: number };
  confirming: boolean;
  timeZone: string;
};

/** One picture of the media library: what it is, where it is used, its Markdown to use it again, and Delete. */
export function MediaCard({ image, uses, notDeletable, place, confirming, timeZone }: Props) {
  const title = image.fileName || `Picture ${image.id}`;
  const headingId = `media-${image.id}`;
  const more = image.uses - uses.articles.length - uses.pages.length - uses.avatars.length;
  const widest = Math.max(...imageWidthsFor(image.width));
  return (
    <li className="media-card" aria-labelledby={headingId}>
      {/* The heading names the picture; what it shows is for the editor's eyes, as in any file browser. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a stored size of our own media route, not a remote image */}
      <img src={imageUrl(image.id, Math.min(...imageWidthsFor(image.width)))} alt="" width={image.width} height={image.height} loading="lazy" decoding="async" />
      <h2 id={headingId} className="media-card__title">
        {title}
      </h2>
      <p className="media-card__meta">
        {image.width} × {image.height} px · {formatLongDate(image.createdAt, timeZone)}
        {image.uploaderName ? ` · ${image.uploaderName}` : ""}
      </p>
      <div className="media-card__uses">
        {image.uses === 0 ? (
          <p>Not used anywhere.</p>
        ) : (
          <>
            <p>Used in:</p>
            <ul>
              {uses.articles.map((article) => (
                <li key={article.id}>
                  <Link href={`/dashboard/articles/${article.id}/edit`}>{article.title}</Link>
                  {article.status === "published" ? null : <> <StatusBadge status={article.status} /></>}
                </li>
              ))}
              {uses.pages.map((page) => (
                <li key={`page-${page.id}`}>
                  the page <Link href={`/dashboard/pages/${page.id}`}>{page.title}</Link>
                  {page.published ? null : <> <StatusBadge status="draft" /></>}
                </li>
              ))}
              {uses.avatars.map((avatar) => (
                <li key={avatar.id}>the profile photo of {avatar.name}</li>
              ))}
              {more > 0 ? <li>and {more.toLocaleString("en-US")} more</li> : null}
            </ul>
          </>
        )}
      </div>
      <label className="media-card__markdown">
        <span>
          Markdown for an article&apos;s body<span className="visually-hidden">: {title}</span>
        </span>
        <input type="text" readOnly value={`![${imagePlaceholderAlt}](/media/${image.id})`} />
      </label>
      <p className="media-card__actions">
        <a href={imageUrl(image.id, widest)}>
          Open<span className="visually-hidden"> {title}</span> at {widest} px
        </a>
      </p>
      {notDeletable === null ? (
        <DeleteImageControl
          imageId={image.id}
          title={title}
          place={place}
          confirmHref={libraryAddress({ ...place, confirm: image.id })}
          keepHref={libraryAddress(place)}
          startsConfirming={confirming}
        />
      ) : image.uses === 0 ? (
        <p className="hint">{notDeletable}</p>
      ) : null}
    </li>
  );
}
