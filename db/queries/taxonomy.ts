import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { categories, tags } from "@/db/schema";

export function listCategories() {
  return getDb().select().from(categories).orderBy(asc(categories.name)).all();
}

export function getCategoryBySlug(slug: string) {
  return getDb().select().from(categories).where(eq(categories.slug, slug)).get();
}

export function getTagBySlug(slug: string) {
  return getDb().select().from(tags).where(eq(tags.slug, slug)).get();
}
