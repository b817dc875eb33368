import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authors, authorSlugRedirects, images } from "@/db/schema";

/** What an author box shows: never the sign-in address, role or password hash. */
export const publicAuthorColumns = {
  id: authors.id,
  name: authors.name,
  slug: authors.slug,
  bio: authors.bio,
  publicEmail: authors.publicEmail,
  avatar: { id: images.id, width: images.width, height: images.height },
};

/** An author as readers see them. */
export function getPublicAuthor(slug: string) {
  return getDb().select(publicAuthorColumns).from(authors).leftJoin(images, eq(images.id, authors.avatarImageId)).where(eq(authors.slug, slug)).get();
}

/** For an author slug no author holds now: the current slug of the author who gave it up, if one did. */
export function authorMovedTo(oldSlug: string): string | undefined {
  return getDb()
    .select({ slug: authors.slug })
    .from(authorSlugRedirects)
    .innerJoin(authors, eq(authors.id, authorSlugRedirects.authorId))
    .where(eq(authorSlugRedirects.oldSlug, oldSlug))
    .get()?.slug;
}
