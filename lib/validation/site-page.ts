import { z } from "zod";
import { renderMarkdown } from "@/lib/markdown";
import { slugify, slugPattern } from "@/lib/slug";
import { bodyPictureIssue } from "./body-pictures";
import { checkboxField, idField, invalidRecord } from "./ids";
import { sitePageLimits } from "./site-page-limits";
import { stripControls } from "./text";

/**
 * The first part of every address the app answers itself: a page there would never be reached (or, for `feed` and
 * `page`, WordPress's old addresses, which redirect). site-page.test.ts checks the list against app/.
 */
export const reservedPageSlugs = ["api", "articles", "author", "category", "dashboard", "feed", "login", "media", "og", "page", "search", "sitemaps", "tag"] as const;

const max = (limit: number) => ({ message: `Use at most ${limit.toLocaleString("en-US")} characters.` });
const reserved = new Set<string>(reservedPageSlugs);

// Robots.txt keeps crawlers off /dashboard and /login by prefix, as its rules go: a page there would be hidden too.
const staffPrefix = /^(?:dashboard|login)/;

const slugField = z
  .string()
  .min(1, { message: "Enter an address for this page, such as contact." })
  .max(sitePageLimits.slug, max(sitePageLimits.slug))
  .regex(slugPattern, { message: "Use lowercase letters, digits and single hyphens between them, such as contact-us." })
  .superRefine((slug, ctx) => {
    if (reserved.has(slug)) ctx.addIssue({ code: "custom", message: `The site uses /${slug} for something else. Choose another address, such as ${slug}-us.` });
    else if (staffPrefix.test(slug)) ctx.addIssue({ code: "custom", message: "Addresses beginning with dashboard or login are kept for the newsroom's own pages. Choose another, such as help." });
  });

const bodyField = z
  .string()
  .overwrite(stripControls)
  .max(sitePageLimits.body, max(sitePageLimits.body))
  .default("")
  .superRefine((markdown, ctx) => {
    if (markdown.trim() === "") return ctx.addIssue({ code: "custom", message: "Write the page's text." });
    const issue = bodyPictureIssue(renderMarkdown(markdown));
    if (issue) ctx.addIssue({ code: "custom", message: issue });
  });

/**
 * A new page's empty address made from its title, as WordPress does; a stored page's is never made up, or a later
 * rename would move it. `typedSlug` keeps the one typed, to refill the form with after a refusal.
 */
function withSlug(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const { slug, title, pageId } = raw as { slug?: unknown; title?: unknown; pageId?: unknown };
  const typed = typeof slug === "string" ? slug.trim() : "";
  const isNew = pageId === undefined || pageId === "";
  const made = isNew && typeof title === "string" ? slugify(title).slice(0, sitePageLimits.slug).replace(/-+$/, "") : "";
  return { ...raw, typedSlug: typed, slug: typed || made };
}

/** A site page as its form sends it, every field checked at once; `pageId` absent for a new page. */
export const sitePageSchema = z.preprocess(
  withSlug,
  z.object({
    pageId: z.preprocess((value) => (value === "" ? undefined : value), idField.optional()),
    // When the stored page the form was opened on was last saved (ms): a save made since then by someone else wins.
    seenSavedAt: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number({ message: invalidRecord }).int({ message: invalidRecord }).nonnegative({ message: invalidRecord }).optional()),
    title: z.string().overwrite(stripControls).trim().min(1, { message: "Enter the page's title, such as About us." }).max(sitePageLimits.title, max(sitePageLimits.title)),
    slug: slugField,
    typedSlug: z.string(),
    description: z
      .string()
      .overwrite(stripControls)
      .overwrite((text) => text.replace(/\s+/g, " "))
      .trim()
      .max(sitePageLimits.description, max(sitePageLimits.description))
      .default(""),
    bodyMarkdown: bodyField,
    position: z
      .string()
      .trim()
      .default("")
      .refine((value) => /^\d{0,3}$/.test(value), { message: `Use a whole number from 0 to ${sitePageLimits.position}, or leave it empty.` })
      .transform((value) => Number(value || "0")),
    inMenu: checkboxField,
    published: checkboxField,
  }),
);

export type SitePageInput = Omit<z.infer<typeof sitePageSchema>, "pageId" | "typedSlug" | "seenSavedAt">;

/** Deleting a site page. */
export const deleteSitePageSchema = z.object({ pageId: idField });
