import { NextRequest } from "next/server";
import sharp from "sharp";
import { makeArticle, makeAuthor, makeCategory, makeComment, makeImage, makeSitePage, makeTag } from "./fixtures";
import { form } from "./forms";

/**
 * How the authorization test calls each entry of lib/auth/authorization-table.ts with valid input: `setup` makes
 * what the call needs (before the principal signs in and the database is compared), `call` makes the request.
 */
export type Recipe<T = unknown> = { setup: () => Promise<T> | T; call: (input: T) => Promise<unknown> } | { coveredBy: string; why: string };

function recipe<T>(setup: () => Promise<T> | T, call: (input: T) => Promise<unknown>): Recipe {
  return { setup, call: call as (input: unknown) => Promise<unknown> };
}

const none = () => undefined;


const params = <P extends object>(p: P) => ({ params: Promise.resolve(p) });
const get = (url: string, init?: RequestInit) => new NextRequest(`http://localhost${url}`, init as ConstructorParameters<typeof NextRequest>[1]);
const browser = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", "x-forwarded-for": "192.0.2.44" };

async function pngUpload(): Promise<FormData> {
  const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#336699" } }).png().toBuffer();
  const data = new FormData();
  data.append("file", new File([new Uint8Array(png)], "picture.png", { type: "image/png" }));
  return data;
}

const actions = {
  commentToggles: () => import("@/app/dashboard/comments-actions"),
  moderation: () => import("@/app/dashboard/comments/actions"),
  settings: () => import("@/app/dashboard/settings/actions"),
  users: () => import("@/app/dashboard/users/actions"),
  sections: () => import("@/app/dashboard/sections/actions"),
  tags: () => import("@/app/dashboard/tags/actions"),
  media: () => import("@/app/dashboard/media/actions"),
  pages: () => import("@/app/dashboard/pages/actions"),
  articles: () => import("@/app/dashboard/articles/actions"),
  profile: () => import("@/app/dashboard/profile/actions"),
  comments: () => import("@/app/(site)/articles/[slug]/actions"),
};

export const recipes: Record<string, Recipe> = {
  "app/(site)/articles/[slug]/actions.ts#postCommentAction": recipe(
    () => makeArticle(),
    async (article) =>
      (await actions.comments()).postCommentAction({ status: "idle" }, form({ articleId: article.id, name: "Reader", email: "r@mail.example", body: "A comment." })),
  ),
  "app/api/views/[articleId]/route.ts#POST": recipe(
    () => makeArticle(),
    async (article) => (await import("@/app/api/views/[articleId]/route")).POST(get(`/api/views/${article.id}`, { method: "POST", headers: browser }), params({ articleId: String(article.id) })),
  ),
  "app/api/views/[articleId]/pixel/route.ts#GET": recipe(
    () => makeArticle(),
    async (article) => (await import("@/app/api/views/[articleId]/pixel/route")).GET(get(`/api/views/${article.id}/pixel`, { headers: browser }), params({ articleId: String(article.id) })),
  ),
  "app/api/health/route.ts#GET": recipe(none, async () => (await import("@/app/api/health/route")).GET()),
  "app/media/[id]/[width]/route.ts#GET": recipe(none, async () => (await import("@/app/media/[id]/[width]/route")).GET(get("/media/aaaaaaaaaaaa/640"), params({ id: "aaaaaaaaaaaa", width: "640" }))),
  "app/og/[slug]/route.tsx#GET": recipe(none, async () => (await import("@/app/og/[slug]/route")).GET(get("/og/no-such-article"), params({ slug: "no-such-article" }))),
  "app/feed.xml/route.ts#GET": recipe(none, async () => (await import("@/app/feed.xml/route")).GET()),
  "app/atom.xml/route.ts#GET": recipe(none, async () => (await import("@/app/atom.xml/route")).GET()),
  "app/(site)/category/[slug]/[feed]/route.ts#GET": recipe(
    () => makeCategory(),
    async (category) => (await import("@/app/(site)/category/[slug]/[feed]/route")).GET(get(`/category/${category.slug}/feed.xml`), params({ slug: category.slug, feed: "feed.xml" })),
  ),
  "app/(site)/tag/[slug]/[feed]/route.ts#GET": recipe(none, async () => (await import("@/app/(site)/tag/[slug]/[feed]/route")).GET(get("/tag/none/atom.xml"), params({ slug: "none", feed: "atom.xml" }))),
  "app/(site)/author/[slug]/[feed]/route.ts#GET": recipe(none, async () => (await import("@/app/(site)/author/[slug]/[feed]/route")).GET(get("/author/none/feed.xml"), params({ slug: "none", feed: "feed.xml" }))),
  "app/sitemap.xml/route.ts#GET": recipe(none, async () => (await import("@/app/sitemap.xml/route")).GET()),
  "app/sitemaps/[file]/route.ts#GET": recipe(none, async () => (await import("@/app/sitemaps/[file]/route")).GET(get("/sitemaps/pages.xml"), params({ file: "pages.xml" }))),
  "app/news-sitemap.xml/route.ts#GET": recipe(none, async () => (await import("@/app/news-sitemap.xml/route")).GET()),
  "app/robots.txt/route.ts#GET": recipe(none, async () => (await import("@/app/robots.txt/route")).GET()),
  // next-auth reads Next's request scope through its own require(), which only a running server provides.
  "app/api/auth/[...nextauth]/route.ts#GET": { coveredBy: "e2e/staff-sign-in.spec.ts", why: "sign-in, session and sign-out endpoints, used by the browser" },
  "app/api/auth/[...nextauth]/route.ts#POST": { coveredBy: "e2e/staff-sign-in.spec.ts", why: "sign-in, session and sign-out endpoints, used by the browser" },
  "app/api/uploads/route.ts#POST": recipe(pngUpload, async (body) => (await import("@/app/api/uploads/route")).POST(new Request("http://localhost/api/uploads", { method: "POST", body }), {})),
  "app/dashboard/articles/actions.ts#saveArticleAction": recipe(
    () => makeCategory(),
    async (category) =>
      (await actions.articles()).saveArticleAction(undefined, form({ title: "Authorized story", slug: `authorized-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, categoryId: category.id, bodyMarkdown: "Text.", intent: "save" })),
  ),
  "app/dashboard/articles/actions.ts#deleteArticleAction": recipe(
    () => makeArticle(),
    async (article) => (await actions.articles()).deleteArticleAction(undefined, form({ id: article.id })),
  ),
  "app/dashboard/articles/actions.ts#previewMarkdown": recipe(none, async () => (await actions.articles()).previewMarkdown("## Preview")),
  "app/dashboard/profile/actions.ts#saveProfile": recipe(none, async () =>
    (await actions.profile()).saveProfile(undefined, form({ name: "Renamed Reporter", bio: "Bio.", publicEmail: "", slug: `renamed-${Math.random().toString(36).slice(2, 10)}`, avatarImageId: "" })),
  ),
  "app/dashboard/profile/actions.ts#changePassword": recipe(none, async () =>
    (await actions.profile()).changePassword(undefined, form({ currentPassword: "not the password", newPassword: "a new password", confirmPassword: "a new password" })),
  ),
  "app/dashboard/comments-actions.ts#toggleArticleComments": recipe(
    () => makeArticle(),
    async (article) => (await actions.commentToggles()).toggleArticleComments(undefined, form({ articleId: article.id, closed: "true" })),
  ),
  "app/dashboard/comments-actions.ts#setCommentsForArticles": recipe(
    () => [makeArticle(), makeArticle()],
    async ([a, b]) => {
      const data = form({ commentsAction: "close" });
      data.append("ids", String(a.id));
      data.append("ids", String(b.id));
      return (await actions.commentToggles()).setCommentsForArticles(undefined, data);
    },
  ),
  "app/dashboard/comments/actions.ts#moderateComment": recipe(
    () => makeComment(makeArticle().id, "pending"),
    async (comment) => (await actions.moderation()).moderateComment(undefined, form({ commentId: comment.id, action: "approve", returnTo: "pending", page: 1 })),
  ),
  "app/dashboard/comments/actions.ts#moderateSelected": recipe(
    () => makeComment(makeArticle().id, "pending"),
    async (comment) => (await actions.moderation()).moderateSelected(undefined, form({ ids: comment.id, action: "spam" })),
  ),
  "app/dashboard/comments/actions.ts#deleteComment": recipe(
    () => makeComment(makeArticle().id, "spam"),
    async (comment) => (await actions.moderation()).deleteComment(undefined, form({ commentId: comment.id, returnTo: "spam", page: 1 })),
  ),
  "app/dashboard/settings/actions.ts#saveCommentSettingsAction": recipe(none, async () =>
    (await actions.settings()).saveCommentSettingsAction(undefined, form({ commentsEnabled: "on", closeAfterDays: "30" })),
  ),
  "app/dashboard/sections/actions.ts#createSectionAction": recipe(none, async () =>
    (await actions.sections()).createSectionAction(undefined, form({ name: `Desk ${Math.random().toString(36).slice(2, 10)}`, slug: "" })),
  ),
  "app/dashboard/sections/actions.ts#updateSectionAction": recipe(
    () => makeCategory(),
    async (section) => (await actions.sections()).updateSectionAction(undefined, form({ sectionId: section.id, name: `${section.name} renamed`, slug: `${section.slug}-renamed` })),
  ),
  "app/dashboard/sections/actions.ts#moveSectionAction": recipe(
    () => [makeCategory(), makeCategory()],
    async ([, second]) => (await actions.sections()).moveSectionAction(undefined, form({ sectionId: second.id, direction: "up" })),
  ),
  "app/dashboard/sections/actions.ts#deleteSectionAction": recipe(
    () => makeCategory(),
    async (section) => (await actions.sections()).deleteSectionAction(undefined, form({ sectionId: section.id })),
  ),
  "app/dashboard/tags/actions.ts#renameTagAction": recipe(
    () => makeTag(),
    async (tag) => (await actions.tags()).renameTagAction(undefined, form({ tagId: tag.id, name: `${tag.name} renamed` })),
  ),
  "app/dashboard/tags/actions.ts#describeTagAction": recipe(
    () => makeTag(),
    async (tag) => (await actions.tags()).describeTagAction(undefined, form({ tagId: tag.id, description: "Described." })),
  ),
  "app/dashboard/tags/actions.ts#mergeTagAction": recipe(
    () => [makeTag(), makeTag()],
    async ([tag, into]) => (await actions.tags()).mergeTagAction(undefined, form({ tagId: tag.id, into: into.name })),
  ),
  "app/dashboard/tags/actions.ts#deleteTagAction": recipe(
    () => makeTag(),
    async (tag) => (await actions.tags()).deleteTagAction(undefined, form({ tagId: tag.id })),
  ),
  "app/dashboard/media/actions.ts#deleteImageAction": recipe(
    () => makeImage(),
    async (image) => (await actions.media()).deleteImageAction(undefined, form({ imageId: image.id, show: "all", page: "1" })),
  ),
  "app/dashboard/pages/actions.ts#saveSitePageAction": recipe(none, async () =>
    (await actions.pages()).saveSitePageAction(undefined, form({ pageId: "", title: `Page ${Math.random().toString(36).slice(2, 10)}`, slug: "", bodyMarkdown: "Some words." })),
  ),
  "app/dashboard/pages/actions.ts#deleteSitePageAction": recipe(
    () => makeSitePage(),
    async (page) => (await actions.pages()).deleteSitePageAction(undefined, form({ pageId: page.id })),
  ),
  "app/dashboard/media/actions.ts#browseLibrary": recipe(
    () => makeImage(),
    async () => (await actions.media()).browseLibrary(1),
  ),
  "app/dashboard/users/actions.ts#createUserAction": recipe(none, async () =>
    (await actions.users()).createUserAction(undefined, form({ email: `new-${Math.random().toString(36).slice(2, 10)}@staff.example`, name: "New Person", role: "editor", password: "a long password" })),
  ),
  "app/dashboard/users/actions.ts#setRoleAction": recipe(
    () => makeAuthor(),
    async (user) => (await actions.users()).setRoleAction(undefined, form({ userId: user.id, role: "admin" })),
  ),
  "app/dashboard/users/actions.ts#setDisabledAction": recipe(
    () => makeAuthor(),
    async (user) => (await actions.users()).setDisabledAction(undefined, form({ userId: user.id, disabled: "true" })),
  ),
  "app/dashboard/users/actions.ts#resetPasswordAction": recipe(
    () => makeAuthor(),
    async (user) => (await actions.users()).resetPasswordAction(undefined, form({ userId: user.id, password: "another long password" })),
  ),
};
