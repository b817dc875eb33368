import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authors, images } from "@/db/schema";

/** An author as readers see them: never the sign-in address, role or password hash. */
export function getPublicAuthor(slug: string) {
  return getDb()
    .select({
      id: authors.id,
      name: authors.name,
      slug: authors.slug,
      bio: authors.bio,
      publicEmail: authors.publicEmail,
      avatar: { id: images.id, width: images.width, height: images.height },
    })
    .from(authors)
    .leftJoin(images, eq(images.id, authors.avatarImageId))
    .where(eq(authors.slug, slug))
    .get();
}
