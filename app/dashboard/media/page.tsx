import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { MediaCard } from "@/components/dashboard/MediaCard";
import { MediaUpload } from "@/components/dashboard/MediaUpload";
import { Pagination } from "@/components/site/Pagination";
import { countLibraryImages, listLibraryImages, picturesUses } from "@/db/queries/media-library";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import { libraryAddress } from "@/lib/dashboard/media-address";
import { whyNotDeletable } from "@/lib/media/references";
import { pageParam } from "@/lib/paging";
import { pluralize } from "@/lib/text";
import { libraryFilterField } from "@/lib/validation/media";

export const metadata: Metadata = { title: "Media" };

const perPage = 24;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function MediaPage({ searchParams }: Props) {
  const staff = await staffForPage("/dashboard/media");
  if (!staff) return <AccessDenied />;
  const params = await searchParams;
  const show = libraryFilterField.parse(first(params.show));
  const counts = { all: countLibraryImages("all"), unused: countLibraryImages("unused") };
  const pageCount = Math.max(1, Math.ceil(counts[show] / perPage));
  const page = Math.min(pageParam(params.page), pageCount);
  const images = listLibraryImages(show, perPage, (page - 1) * perPage);
  const uses = picturesUses(images.map((image) => image.id));
  const now = new Date();
  const { timeZone } = siteConfig();
  const filters = [
    { show: "all", label: "All" },
    { show: "unused", label: "Not used" },
  ] as const;
  return (
    <div className="admin-page media-page">
      <h1>Media</h1>
      <p className="hint">
        Every picture uploaded for an article or a profile. To use one again, copy its Markdown into an article&apos;s body. A picture no article or
        profile shows can be deleted.
      </p>
      <MediaUpload />
      {first(params.deleted) ? (
        <p className="form__success" role="status">
          Deleted, with its files.
        </p>
      ) : null}
      <nav aria-label="Pictures by use">
        <ul className="tabs">
          {filters.map((filter) => (
            <li key={filter.show}>
              <Link href={libraryAddress({ show: filter.show, page: 1 })} aria-current={filter.show === show ? "page" : undefined} className="tabs__tab">
                {filter.label} <span className="tabs__count">({counts[filter.show].toLocaleString("en-US")})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {images.length ? (
        <ul className="media-grid">
          {images.map((image) => (
            <MediaCard
              key={image.id}
              image={image}
              uses={uses.get(image.id) ?? { articles: [], pages: [], avatars: [] }}
              notDeletable={whyNotDeletable(image, staff.id, now)}
              place={{ show, page }}
              confirming={first(params.confirm) === image.id}
              timeZone={timeZone}
            />
          ))}
        </ul>
      ) : (
        <p className="empty">{show === "unused" ? "Every picture is in use." : "No pictures yet."}</p>
      )}
      <p className="hint">{pluralize(counts[show], "picture")}.</p>
      <Pagination basePath="/dashboard/media" page={page} pageCount={pageCount} params={show === "unused" ? { show } : {}} labels={["← Newer", "Older →"]} />
    </div>
  );
}
