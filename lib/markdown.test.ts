import { describe, expect, it } from "vitest";
import { renderArticleBody, renderMarkdown } from "./markdown";

describe("images in article Markdown", () => {
  it("serves an upload at its sizes, and keeps a picture from another site as it is", () => {
    const upload = renderMarkdown("![Quay](/media/abcdefabcdef)");
    expect(upload).toContain('src="/media/abcdefabcdef/1280"');
    expect(upload).toContain('srcset="/media/abcdefabcdef/640 640w, /media/abcdefabcdef/1280 1280w"');
    expect(renderMarkdown("![Quay](https://images.example/quay.jpg)")).toBe('<p><img src="https://images.example/quay.jpg" alt="Quay" loading="lazy" decoding="async" /></p>\n');
  });

  it("drops a picture at any other address of this site, which every reader's browser would request", () => {
    for (const source of ["![x](/api/views/1/pixel)", "![x](x)", "![x](../dashboard)", '<img src="/api/views/1/pixel" srcset="/api/views/1/pixel 1x">', '<img srcset="/api/views/2/pixel 1x">']) {
      const html = renderMarkdown(`Before.\n\n${source}\n\nAfter.`);
      expect(html, source).not.toContain("<img");
      expect(html, source).toMatch(/<p>Before\.<\/p>[\s\S]*<p>After\.<\/p>/);
    }
  });
});

describe("code and tables in article Markdown", () => {
  it("puts them in the keyboard's reach, since they scroll in their own box on a narrow screen, whatever the source said", () => {
    const html = renderMarkdown('```\nconst x = 1;\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<pre tabindex="-1" onfocus="alert(1)">raw</pre>');
    expect(html.match(/<pre[^>]*>/g)).toEqual(['<pre tabindex="0">', '<pre tabindex="0">']);
    expect(html).toContain('<table tabindex="0">');
    expect(html).not.toContain("onfocus");
  });
});

describe("an article body as plain text", () => {
  const text = (markdown: string) => renderArticleBody(markdown).bodyText;

  it("ends a heading or a list item with a full stop, so it does not run into the next sentence", () => {
    expect(text("## What happens next\n\nVolunteers worry about the ferry.")).toBe("What happens next. Volunteers worry about the ferry.");
    expect(text("- Fewer sailings\n- Higher fares\n\nThe council meets today.")).toBe("Fewer sailings. Higher fares. The council meets today.");
    expect(text("Changes\n\n- Routes\n  - North ferry\n  - South ferry\n- Fares")).toBe("Changes. Routes. North ferry. South ferry. Fares.");
    expect(text("Steps\n\n3. Board\n4. Sail")).toBe("Steps. Board. Sail.");
  });

  it("adds none where the text already ends a sentence or a quotation", () => {
    expect(text("## Who pays?\n\nThe port.")).toBe("Who pays? The port.");
    expect(text("## Costs: an overview\n\n- “It is too much.”\n- (unclear)\n\nDone.")).toBe("Costs: an overview. “It is too much.” (unclear) Done.");
  });

  it("keeps paragraphs, quotes and entities as before", () => {
    expect(text("First & second.\n\n> A quote\n\nLast <b>bold</b>")).toBe("First & second. A quote Last bold");
  });
});
