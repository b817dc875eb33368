import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { BulkCommentsForm } from "./BulkCommentsForm";
import { CommentsToggle } from "./CommentsToggle";

// The components import the Server Actions, which import the database layer; rendering touches neither.
vi.mock("@/app/dashboard/comments-actions", () => ({ toggleArticleComments: vi.fn(), setCommentsForArticles: vi.fn() }));

/** The drop-in contract other pages rely on: field names and values, and what the button says. */
describe("CommentsToggle", () => {
  it("offers to close open comments, sending the article id and closed=true", () => {
    const html = renderToStaticMarkup(createElement(CommentsToggle, { articleId: 42, commentsClosed: false, articleTitle: "Harbour <plans>" }));
    expect(html).toContain('<input type="hidden" name="articleId" value="42"/>');
    expect(html).toContain('<input type="hidden" name="closed" value="true"/>');
    expect(html).toMatch(/Close comments<span class="visually-hidden"> on “Harbour &lt;plans&gt;”<\/span>/);
  });

  it("offers to open closed comments, sending closed=false", () => {
    const html = renderToStaticMarkup(createElement(CommentsToggle, { articleId: 7, commentsClosed: true, articleTitle: "Old story" }));
    expect(html).toContain('name="closed" value="false"');
    expect(html).toContain("Open comments");
  });
});

describe("BulkCommentsForm", () => {
  it("renders a form with the given id, a commentsAction select and Apply", () => {
    const html = renderToStaticMarkup(createElement(BulkCommentsForm, { id: "article-bulk" }));
    expect(html).toMatch(/<form id="article-bulk"/);
    expect(html).toContain('name="commentsAction"');
    expect(html).toContain('<option value="close">Close comments</option>');
    expect(html).toContain('<option value="open">Open comments</option>');
    expect(html).toContain(">Apply</button>");
  });
});
