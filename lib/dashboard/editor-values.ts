import { formatDateTime, toWallClock } from "@/lib/dates";
import { fieldsToFormValues, type ArticleFields } from "@/lib/validation/article";

type StoredArticle = Omit<ArticleFields, "tags"> & { id: number; revision: number; status: string; publishedAt: Date | null; tagNames: string[] };

/** The editable fields of a stored article, as a revision snapshot holds them. */
export function storedFields(article: StoredArticle): ArticleFields {
  const { title, slug, excerpt, bodyMarkdown, categoryId, heroImageId, heroCaption, heroAlt, sourceUrl, isLead } = article;
  return { title, slug, excerpt, bodyMarkdown, categoryId, tags: article.tagNames, heroImageId, heroCaption, heroAlt, sourceUrl, isLead };
}

/** The editor form's values for a stored article; `fields` replaces its text when a revision is being restored. */
export function editorValues(article: StoredArticle, timeZone: string, fields: ArticleFields = storedFields(article)): Record<string, string> {
  return {
    ...fieldsToFormValues(fields),
    id: String(article.id),
    // A restore is based on the current revision, so saving it is not an edit conflict.
    baseRevision: String(article.revision),
    scheduleAt: article.status === "scheduled" && article.publishedAt ? toWallClock(article.publishedAt, timeZone) : "",
  };
}

/** The values a new article starts with. */
export function newArticleValues(): Record<string, string> {
  return { title: "", slug: "", excerpt: "", bodyMarkdown: "", categoryId: "", tags: "", heroImageId: "", heroCaption: "", heroAlt: "", sourceUrl: "", isLead: "", scheduleAt: "", id: "", baseRevision: "" };
}

/** The message for `?saved=` after a save redirects back to the editor. */
export function savedNotice(saved: string | undefined, publishedAt: Date | null, timeZone: string): string | undefined {
  switch (saved) {
    case "created":
      return "Article created as a draft.";
    case "save":
      return "Saved.";
    case "publish":
      return "Published: readers can see it now.";
    case "schedule":
      return publishedAt ? `Scheduled: it appears on ${formatDateTime(publishedAt, timeZone)}.` : "Scheduled.";
    case "unpublish":
      return "Unpublished: its address now tells readers the article was removed.";
    default:
      return undefined;
  }
}
