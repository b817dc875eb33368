/**
 * Who may use each Server Action and route handler. The authorization test (app/authorization.test.ts) calls every
 * entry as each kind of principal and fails when the code has an action or handler this table does not list.
 *
 * everyone: readers included (public reads, comments, view counting, sign-in itself)
 * staff:    signed-in editors and admins whose account is enabled
 * admin:    signed-in admins whose account is enabled
 */
export type Access = "everyone" | "staff" | "admin";

export const authorizationTable: Record<string, Access> = {
  // Readers
  "app/(site)/articles/[slug]/actions.ts#postCommentAction": "everyone",
  "app/api/views/[articleId]/route.ts#POST": "everyone",
  "app/api/views/[articleId]/pixel/route.ts#GET": "everyone",
  "app/api/health/route.ts#GET": "everyone",
  "app/media/[id]/[width]/route.ts#GET": "everyone",
  "app/og/[slug]/route.tsx#GET": "everyone",
  "app/feed.xml/route.ts#GET": "everyone",
  "app/atom.xml/route.ts#GET": "everyone",
  "app/(site)/category/[slug]/[feed]/route.ts#GET": "everyone",
  "app/(site)/tag/[slug]/[feed]/route.ts#GET": "everyone",
  "app/(site)/author/[slug]/[feed]/route.ts#GET": "everyone",
  "app/sitemap.xml/route.ts#GET": "everyone",
  "app/sitemaps/[file]/route.ts#GET": "everyone",
  "app/news-sitemap.xml/route.ts#GET": "everyone",
  "app/robots.txt/route.ts#GET": "everyone",
  "app/api/auth/[...nextauth]/route.ts#GET": "everyone",
  "app/api/auth/[...nextauth]/route.ts#POST": "everyone",
  // Editors and admins
  "app/api/uploads/route.ts#POST": "staff",
  "app/dashboard/articles/actions.ts#saveArticleAction": "staff",
  "app/dashboard/articles/actions.ts#deleteArticleAction": "staff",
  "app/dashboard/articles/actions.ts#previewMarkdown": "staff",
  "app/dashboard/profile/actions.ts#saveProfile": "staff",
  "app/dashboard/profile/actions.ts#changePassword": "staff",
  "app/dashboard/tags/actions.ts#renameTagAction": "staff",
  "app/dashboard/tags/actions.ts#describeTagAction": "staff",
  "app/dashboard/tags/actions.ts#mergeTagAction": "staff",
  "app/dashboard/tags/actions.ts#deleteTagAction": "staff",
  "app/dashboard/media/actions.ts#deleteImageAction": "staff",
  "app/dashboard/media/actions.ts#browseLibrary": "staff",
  "app/dashboard/pages/actions.ts#saveSitePageAction": "staff",
  "app/dashboard/pages/actions.ts#deleteSitePageAction": "staff",
  // Admins only
  "app/dashboard/comments-actions.ts#toggleArticleComments": "admin",
  "app/dashboard/comments-actions.ts#setCommentsForArticles": "admin",
  "app/dashboard/comments/actions.ts#moderateComment": "admin",
  "app/dashboard/comments/actions.ts#moderateSelected": "admin",
  "app/dashboard/comments/actions.ts#deleteComment": "admin",
  "app/dashboard/settings/actions.ts#saveCommentSettingsAction": "admin",
  "app/dashboard/sections/actions.ts#createSectionAction": "admin",
  "app/dashboard/sections/actions.ts#updateSectionAction": "admin",
  "app/dashboard/sections/actions.ts#moveSectionAction": "admin",
  "app/dashboard/sections/actions.ts#deleteSectionAction": "admin",
  "app/dashboard/users/actions.ts#createUserAction": "admin",
  "app/dashboard/users/actions.ts#setRoleAction": "admin",
  "app/dashboard/users/actions.ts#setDisabledAction": "admin",
  "app/dashboard/users/actions.ts#resetPasswordAction": "admin",
};
