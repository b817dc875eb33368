import { isRedirectError } from "next/dist/client/components/redirect-error";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/auth/guards";
import { queueParams } from "@/lib/comments/queue-params";
import { signedIn } from "@/lib/testing/admin-actions";
import { form, runAction } from "@/lib/testing/forms";
import { snapshot } from "@/lib/testing/db-snapshot";
import { makeArticle, makeAuthor, makeCategory, makeComment } from "@/lib/testing/fixtures";
import { requestHeaders, signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { articleLimits } from "@/lib/validation/article";
import { commentLimits } from "@/lib/validation/comment-limits";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "bad-input-test-secret";
process.env.SITE_TIMEZONE = "Europe/London";

/**
 * Bad input to the Server Actions and the view beacon, from a signed-in editor or admin: each is answered with an
 * error the form can show (never a throw, never a 500), and every table is exactly as it was.
 */
const articleActions = () => import("@/app/dashboard/articles/actions");
const moderation = () => import("@/app/dashboard/comments/actions");
const toggles = () => import("@/app/dashboard/comments-actions");
const users = () => import("@/app/dashboard/users/actions");
const settings = () => import("@/app/dashboard/settings/actions");
const comments = () => import("@/app/(site)/articles/[slug]/actions");

type Action<S> = (previous: S, data: FormData) => Promise<S>;

/** Runs the action and expects an error state matching `expected`, with no table or image file changed. */
async function expectRefused<S>(action: Action<S>, previous: S, values: Record<string, string | string[]>, expected: Record<string, unknown>) {
  const before = snapshot();
  let state: S;
  try {
    state = await action(previous, form(values));
  } catch (error) {
    // A redirect is how a successful action ends: here it means the bad input was accepted.
    if (isRedirectError(error)) throw new Error(`accepted, redirected to ${error.digest.split(";")[2]}: ${JSON.stringify(values).slice(0, 200)}`);
    throw error;
  }
  expect(state).toMatchObject({ status: "error", ...expected });
  expect(snapshot()).toEqual(before);
  return state;
}

const unknownIds = ["999999", "abc", "-1", "0", "1.5", ""];
const invalidRecord = /not valid|no longer exists|No user has this id/;

let categoryId: number;

beforeEach(() => {
  signOut();
  requestHeaders.clear();
  categoryId = makeCategory().id;
});

describe("saving an article", () => {
  const valid = () => ({ title: "Harbour plan approved", slug: `harbour-${crypto.randomUUID().slice(0, 8)}`, categoryId: String(categoryId), bodyMarkdown: "The council voted.", intent: "save" });

  beforeEach(async () => {
    await signedIn("editor");
  });

  it.each([
    ["31 February", "2026-02-31T10:00"],
    ["29 February in a common year", "2027-02-29T10:00"],
    ["a 13th month", "2026-13-01T10:00"],
    ["hour 24", "2030-06-01T24:00"],
    ["minute 60", "2030-06-01T10:60"],
    ["words", "not-a-date"],
    ["a date without a time", "2030-06-01"],
    ["an empty field", ""],
  ])("refuses a schedule time of %s (%s)", async (_, scheduleAt) => {
    await expectRefused(saveArticleAction(), undefined, { ...valid(), intent: "schedule", scheduleAt }, { fieldErrors: { scheduleAt: "Choose the date and time to publish at." } });
  });

  it("refuses a schedule time in the past, for a new article and an existing one", async () => {
    await expectRefused(saveArticleAction(), undefined, { ...valid(), intent: "schedule", scheduleAt: "2020-01-01T10:00" }, { fieldErrors: { scheduleAt: "Choose a time in the future, or use Publish now." } });
    const existing = makeArticle({ status: "draft", publishedAt: null, categoryId });
    await expectRefused(
      saveArticleAction(),
      undefined,
      { ...valid(), id: String(existing.id), baseRevision: String(existing.revision), intent: "schedule", scheduleAt: "2024-05-01T08:00" },
      { fieldErrors: { scheduleAt: expect.stringMatching(/in the future/) } },
    );
  });

  it("refuses a slug another article has, naming that article", async () => {
    const other = makeArticle({ title: "Ferry timetable changes", categoryId });
    await expectRefused(saveArticleAction(), undefined, { ...valid(), slug: other.slug }, { fieldErrors: { slug: "Slug already used by 'Ferry timetable changes'. Choose another one." } });
    // Also when an existing article is renamed onto it.
    const mine = makeArticle({ title: "Bridge closed", categoryId });
    await expectRefused(
      saveArticleAction(),
      undefined,
      { ...valid(), id: String(mine.id), baseRevision: String(mine.revision), slug: other.slug },
      { fieldErrors: { slug: expect.stringMatching(/Ferry timetable changes/) } },
    );
  });

  it.each([
    ["title", "x".repeat(articleLimits.title + 1), "Use at most 200 characters."],
    ["title", "é".repeat(articleLimits.title + 1), "Use at most 200 characters."],
    ["slug", "a".repeat(articleLimits.slug + 1), "Use at most 80 characters."],
    ["excerpt", "x".repeat(articleLimits.excerpt + 1), "Use at most 500 characters."],
    ["bodyMarkdown", "x".repeat(articleLimits.body + 1), "Use at most 100,000 characters."],
    ["bodyMarkdown", "新".repeat(articleLimits.body + 1), "Use at most 100,000 characters."],
    ["heroCaption", "x".repeat(articleLimits.caption + 1), "Use at most 300 characters."],
    ["sourceUrl", `https://example.com/${"x".repeat(articleLimits.url)}`, "Use at most 2,000 characters."],
    ["tags", Array.from({ length: articleLimits.tags + 1 }, (_, i) => `tag ${i}`).join(","), "Use at most 20 tags."],
    ["tags", "x".repeat(articleLimits.tagName + 1), "Keep each tag to 40 characters."],
  ])("refuses a %s over its limit", async (field, value, message) => {
    await expectRefused(saveArticleAction(), undefined, { ...valid(), [field]: value }, { fieldErrors: { [field]: message } });
  });

  it("refuses a section, hero image or article that does not exist", async () => {
    await expectRefused(saveArticleAction(), undefined, { ...valid(), categoryId: "999999" }, { fieldErrors: { categoryId: expect.stringMatching(/no longer exists/) } });
    await expectRefused(saveArticleAction(), undefined, { ...valid(), categoryId: "abc" }, { fieldErrors: { categoryId: "Choose a section." } });
    await expectRefused(saveArticleAction(), undefined, { ...valid(), heroImageId: "0123456789abcdef" }, { fieldErrors: { heroImageId: expect.stringMatching(/no longer stored/) } });
    await expectRefused(saveArticleAction(), undefined, { ...valid(), id: "999999", baseRevision: "1" }, { message: expect.stringMatching(/no longer exists/) });
  });

  it.each(["abc", "-1", "0", "1.5"])("refuses a tampered article id %j rather than creating a new article", async (id) => {
    await expectRefused(saveArticleAction(), undefined, { ...valid(), id, baseRevision: "1" }, { fieldErrors: { id: expect.stringMatching(/not valid/) } });
  });

  it.each(["abc", "-1", "1.5"])("refuses a tampered base revision %j", async (baseRevision) => {
    const existing = makeArticle({ categoryId });
    await expectRefused(saveArticleAction(), undefined, { ...valid(), id: String(existing.id), baseRevision }, { fieldErrors: { baseRevision: expect.stringMatching(/not valid/) } });
  });

  it("refuses an unknown button", async () => {
    await expectRefused(saveArticleAction(), undefined, { ...valid(), intent: "delete-everything" }, { fieldErrors: { intent: expect.stringMatching(/Choose what to do/) } });
  });
});

/** The action itself, from its module (loaded lazily, after the mocks). */
function saveArticleAction(): Action<FormState | undefined> {
  return async (previous, data) => (await articleActions()).saveArticleAction(previous, data);
}

describe("unknown and malformed ids", () => {
  it.each(unknownIds)("deleting article %j is refused and deletes nothing", async (id) => {
    makeArticle({ categoryId });
    await signedIn("editor");
    const state = await expectRefused((await articleActions()).deleteArticleAction, undefined, { id }, {});
    expect(JSON.stringify(state)).toMatch(invalidRecord);
  });

  it.each(unknownIds)("moderating or deleting comment %j is refused", async (commentId) => {
    makeComment(makeArticle({ categoryId }).id, "pending");
    await signedIn("admin");
    const { moderateComment, deleteComment } = await moderation();
    for (const action of ["approve", "spam"]) {
      const state = await expectRefused(moderateComment, undefined, { commentId, action, returnTo: "pending", page: "1" }, {});
      expect(JSON.stringify(state)).toMatch(invalidRecord);
    }
    const state = await expectRefused(deleteComment, undefined, { commentId, returnTo: "pending", page: "1" }, {});
    expect(JSON.stringify(state)).toMatch(invalidRecord);
  });

  it.each(["abc", "-1", "0", "1.5", "7,abc", "1e3"])("bulk moderation of ids %j is refused as invalid", async (ids) => {
    makeComment(makeArticle({ categoryId }).id, "pending");
    await signedIn("admin");
    await expectRefused((await moderation()).moderateSelected, undefined, { ids: ids.split(","), action: "approve" }, { fieldErrors: { ids: expect.stringMatching(/not valid/) } });
  });

  it("bulk moderation of a comment that does not exist changes nothing and says so", async () => {
    makeComment(makeArticle({ categoryId }).id, "pending");
    await signedIn("admin");
    const before = snapshot();
    const answer = (await runAction((await moderation()).moderateSelected, { ids: "999999", action: "approve" })) as { redirectedTo: string };
    const to = new URL(answer.redirectedTo, "http://localhost").searchParams;
    expect(queueParams(Object.fromEntries(to)).doneMessage).toBe("Approved 0 comments. 1 comment no longer exists: someone deleted it meanwhile.");
    expect(snapshot()).toEqual(before);
  });

  it.each(unknownIds)("toggling comments on article %j is refused", async (articleId) => {
    makeArticle({ categoryId });
    await signedIn("admin");
    const state = await expectRefused((await toggles()).toggleArticleComments, undefined, { articleId, closed: "true" }, {});
    expect(JSON.stringify(state)).toMatch(invalidRecord);
  });

  it.each(["abc", "-1", "0", "1.5"])("closing comments on articles %j in bulk is refused as invalid", async (ids) => {
    makeArticle({ categoryId });
    await signedIn("admin");
    await expectRefused((await toggles()).setCommentsForArticles, undefined, { ids, commentsAction: "close" }, { fieldErrors: { ids: expect.stringMatching(/not valid/) } });
  });

  it.each(unknownIds)("changing user %j is refused", async (userId) => {
    makeAuthor();
    await signedIn("admin");
    const { setRoleAction, setDisabledAction, resetPasswordAction } = await users();
    for (const [action, values] of [
      [setRoleAction, { userId, role: "admin" }],
      [setDisabledAction, { userId, disabled: "true" }],
      [resetPasswordAction, { userId, password: "a long enough password" }],
    ] as const) {
      const state = await expectRefused(action, undefined, values, {});
      expect(JSON.stringify(state)).toMatch(invalidRecord);
    }
  });

  it.each(["abc", "0", "-5", "1.5", "3651", "1e3"])("refuses %j days as the comment closing age", async (closeAfterDays) => {
    await signedIn("admin");
    await expectRefused((await settings()).saveCommentSettingsAction, undefined, { commentsEnabled: "on", closeAfterDays }, { fieldErrors: { closeAfterDays: expect.stringMatching(/whole number of days/) } });
  });
});

describe("a reader's comment", () => {
  const comment = (articleId: string) => ({ articleId, name: "Reader", email: "reader@mail.example", body: "A comment." });

  beforeEach(() => {
    requestHeaders.set("x-forwarded-for", "198.51.100.7");
  });

  it("to an article that does not exist, or is not published, is refused", async () => {
    const { postCommentAction } = await comments();
    await expectRefused(postCommentAction, { status: "idle" }, comment("999999"), { message: "This article cannot take comments." });
    const draft = makeArticle({ status: "draft", publishedAt: null, categoryId });
    await expectRefused(postCommentAction, { status: "idle" }, comment(String(draft.id)), { message: "This article cannot take comments." });
  });

  it.each(["abc", "-1", "0", "1.5", ""])("to article %j is refused as an unknown article", async (articleId) => {
    makeArticle({ categoryId });
    await expectRefused((await comments()).postCommentAction, { status: "idle" }, comment(articleId), { fieldErrors: { articleId: "Unknown article." } });
  });

  it("over the length limit, or with a bad email, is refused", async () => {
    const article = makeArticle({ categoryId });
    const { postCommentAction } = await comments();
    await expectRefused(postCommentAction, { status: "idle" }, { ...comment(String(article.id)), body: "x".repeat(commentLimits.body + 1) }, { fieldErrors: { body: expect.stringMatching(/under 5,000 characters/) } });
    await expectRefused(postCommentAction, { status: "idle" }, { ...comment(String(article.id)), email: "not an email" }, { fieldErrors: { email: expect.stringMatching(/email address/) } });
  });
});

describe("the view beacon", () => {
  const browser = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", "x-forwarded-for": "203.0.113.9" };

  it.each(["abc", "-1", "0", "999999", "1.5", "%20"])("answers 404 for article %j and stores nothing", async (articleId) => {
    makeArticle({ categoryId });
    const { POST } = await import("@/app/api/views/[articleId]/route");
    for (const cookie of [undefined, "dl_visitor=0123456789abcdef0123456789abcdef"]) {
      const before = snapshot();
      const response = await POST(new NextRequest(`http://localhost/api/views/${articleId}`, { method: "POST", headers: { ...browser, ...(cookie ? { cookie } : {}) } }), {
        params: Promise.resolve({ articleId }),
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "No published article has this id." });
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(snapshot()).toEqual(before);
    }
  });

  it("answers 404 for a draft and stores nothing", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null, categoryId });
    const { POST } = await import("@/app/api/views/[articleId]/route");
    const before = snapshot();
    const response = await POST(new NextRequest(`http://localhost/api/views/${draft.id}`, { method: "POST", headers: browser }), { params: Promise.resolve({ articleId: String(draft.id) }) });
    expect(response.status).toBe(404);
    expect(snapshot()).toEqual(before);
  });
});

describe("Next's 1 MB limit on a Server Action's body", () => {
  it("fits the largest article form the validation accepts, sent again after a refusal", async () => {
    // Every text field at its limit in a three-byte character (UTF-8's widest per UTF-16 unit), as the editor sends
    // it: the form's fields, plus the previous state (useActionState sends it back) that echoes them all.
    const wide = (n: number) => "新".repeat(n);
    const fields = {
      title: wide(articleLimits.title),
      slug: "a".repeat(articleLimits.slug),
      excerpt: wide(articleLimits.excerpt),
      bodyMarkdown: wide(articleLimits.body),
      categoryId: "1",
      tags: Array.from({ length: articleLimits.tags }, (_, i) => wide(articleLimits.tagName - 3) + i).join(","),
      heroImageId: "0123456789abcdef",
      heroCaption: wide(articleLimits.caption),
      heroAlt: wide(articleLimits.alt),
      sourceUrl: `https://example.com/${"a".repeat(articleLimits.url - 20)}`,
      isLead: "on",
      id: "123456",
      baseRevision: "99",
      intent: "publish",
      scheduleAt: "2030-01-01T10:00",
    };
    const data = form(fields);
    data.append("$ACTION_REF_1", "");
    data.append("1_$ACTION_KEY", "k".repeat(64));
    data.append("0", JSON.stringify({ status: "error", message: "Please correct the fields marked below.", fieldErrors: { title: "x".repeat(200) }, values: fields }));
    const bytes = (await new Response(data).arrayBuffer()).byteLength;
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(bytes).toBeGreaterThan(600_000);
  });
});
