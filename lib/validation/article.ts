import { z } from "zod";
import { siteConfig } from "@/lib/config";
import { wallClockToDate } from "@/lib/dates";
import { imageIdPattern } from "@/lib/images";
import { renderMarkdown } from "@/lib/markdown";
import { slugify, slugPattern } from "@/lib/slug";
import { idField, invalidRecord } from "./ids";
import { bodyPictureIssue } from "./body-pictures";
import { tagNameLimit } from "./taxonomy-limits";
import { stripControls } from "./text";

export const articleLimits = { title: 200, slug: 80, excerpt: 500, body: 100_000, caption: 300, alt: 300, url: 2000, tags: 20, tagName: tagNameLimit } as const;

const max = (n: number) => ({ message: `Use at most ${n.toLocaleString("en-US")} characters.` });
const optionalText = (limit: number) => z.string().overwrite(stripControls).trim().max(limit, max(limit)).default("");

/** "Harbour, city hall, harbour" -> ["Harbour", "city hall"]: names kept as typed, one per slug. */
export function parseTagNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(",")) {
    const name = raw.trim().replace(/\s+/g, " ");
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    names.push(name);
  }
  return names;
}

/** Names typed with no letter or digit a tag's address can keep, such as "東京" or "🎉". */
function namesWithoutSlug(text: string): string[] {
  return text
    .split(",")
    .map((raw) => raw.trim().replace(/\s+/g, " "))
    .filter((name) => name !== "" && slugify(name) === "");
}

const tagsField = z
  .string()
  .default("")
  .overwrite(stripControls)
  // Said rather than dropped: the editor would otherwise find the tag missing after saving, with no word why.
  .superRefine((text, ctx) => {
    const unusable = namesWithoutSlug(text);
    if (unusable.length === 0) return;
    const quoted = unusable.map((name) => `“${name}”`).join(", ");
    ctx.addIssue({ code: "custom", message: `${quoted} cannot be used: a tag's address needs letters a–z or digits. Spell it in Latin letters too, such as “Tokyo”.` });
  })
  .transform(parseTagNames)
  .refine((names) => names.length <= articleLimits.tags, { message: `Use at most ${articleLimits.tags} tags.` })
  .refine((names) => names.every((n) => n.length <= articleLimits.tagName), { message: `Keep each tag to ${articleLimits.tagName} characters.` });

/** A full http or https address with a host: the only kind of link an editor's field may become. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const sourceUrlField = z
  .string()
  .trim()
  .max(articleLimits.url, max(articleLimits.url))
  .default("")
  .refine((value) => value === "" || isWebAddress(value), { message: "Enter the full address of the original, starting with https:// or http://." })
  .transform((value) => (value === "" ? null : value));

/** The fields an editor edits, as stored in a revision snapshot (so a restore fills the whole form). */
export const articleFieldsSchema = z.object({
  title: z.string().overwrite(stripControls).trim().min(1, { message: "Enter a title." }).max(articleLimits.title, max(articleLimits.title)),
  slug: z
    .string()
    .trim()
    .min(1, { message: "Enter a slug: the article's address, such as harbour-plan-approved." })
    .max(articleLimits.slug, max(articleLimits.slug))
    .regex(slugPattern, { message: "Use lowercase letters, digits and single hyphens, such as harbour-plan-approved." }),
  excerpt: optionalText(articleLimits.excerpt),
  bodyMarkdown: z.string().overwrite(stripControls).max(articleLimits.body, max(articleLimits.body)).default(""),
  categoryId: z.coerce.number({ message: "Choose a section." }).int({ message: "Choose a section." }).positive({ message: "Choose a section." }),
  tags: tagsField,
  heroImageId: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || imageIdPattern.test(v), { message: "Upload the hero image again." })
    .transform((v) => (v === "" ? null : v)),
  heroCaption: optionalText(articleLimits.caption),
  heroAlt: optionalText(articleLimits.alt),
  sourceUrl: sourceUrlField,
  // A checkbox: present ("on") when ticked, absent otherwise.
  isLead: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const articleIntents = ["save", "publish", "schedule", "unpublish"] as const;
export type ArticleIntent = (typeof articleIntents)[number];

const emptyAsMissing = (value: unknown) => (value === "" ? undefined : value);

type Clock = { timeZone: () => string; now: () => Date };
const siteClock: Clock = { timeZone: () => siteConfig().timeZone, now: () => new Date() };

/** The editor form: the fields plus what to do with them. The schedule time is read in the site time zone. */
export function makeArticleFormSchema(clock: Clock = siteClock) {
  return articleFieldsSchema
    .extend({
      // Hidden fields: empty for a new article. Anything else that is not a whole number is a tampered form, refused
      // (never read as "no id", which would store the edit as a new article).
      id: z.preprocess(emptyAsMissing, idField.optional()),
      baseRevision: z.preprocess(emptyAsMissing, z.coerce.number({ message: invalidRecord }).int({ message: invalidRecord }).nonnegative({ message: invalidRecord }).optional()),
      intent: z.enum(articleIntents, { message: "Choose what to do: save, publish, schedule or unpublish." }),
      scheduleAt: z.string().trim().default(""),
    })
    // Checked when saving only, so a revision from before these rules still restores into the form; and never when
    // unpublishing, which must not wait on fixing the text.
    .superRefine(({ intent, bodyMarkdown }, ctx) => {
      if (intent === "unpublish") return;
      const issue = bodyPictureIssue(renderMarkdown(bodyMarkdown));
      if (issue) ctx.addIssue({ code: "custom", path: ["bodyMarkdown"], message: issue });
    })
    .transform((input, ctx) => {
      const at = input.scheduleAt ? wallClockToDate(input.scheduleAt, clock.timeZone()) : null;
      // A save keeps the time too: it moves a scheduled article's publication (db/queries/article-save.ts), and a
      // refused save gives it back to the form.
      if (input.intent !== "schedule") return { ...input, scheduleAt: input.intent === "save" ? at : null };
      if (!at) {
        ctx.addIssue({ code: "custom", path: ["scheduleAt"], message: "Choose the date and time to publish at." });
        return z.NEVER;
      }
      if (at.getTime() <= clock.now().getTime()) {
        ctx.addIssue({ code: "custom", path: ["scheduleAt"], message: "Choose a time in the future, or use Publish now." });
        return z.NEVER;
      }
      return { ...input, scheduleAt: at };
    });
}

export const articleFormSchema = makeArticleFormSchema();
export type ArticleFormInput = z.infer<typeof articleFormSchema>;

/** The form's text values for a set of fields: to refill the form after a refusal, or from a revision. */
export function fieldsToFormValues(fields: ArticleFields): Record<string, string> {
  return {
    title: fields.title,
    slug: fields.slug,
    excerpt: fields.excerpt,
    bodyMarkdown: fields.bodyMarkdown,
    categoryId: String(fields.categoryId),
    tags: fields.tags.join(", "),
    heroImageId: fields.heroImageId ?? "",
    heroCaption: fields.heroCaption,
    heroAlt: fields.heroAlt,
    sourceUrl: fields.sourceUrl ?? "",
    isLead: fields.isLead ? "on" : "",
  };
}

/** A revision's stored JSON back to fields; undefined when it no longer fits the schema. */
export function parseRevisionFields(json: string): ArticleFields | undefined {
  try {
    const raw = JSON.parse(json) as Record<string, unknown>;
    const asForm = { ...raw, tags: Array.isArray(raw.tags) ? raw.tags.join(", ") : "", categoryId: String(raw.categoryId ?? ""), isLead: raw.isLead ? "on" : "" };
    const parsed = articleFieldsSchema.safeParse({ ...asForm, heroImageId: raw.heroImageId ?? "", sourceUrl: raw.sourceUrl ?? "" });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
