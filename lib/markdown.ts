import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// One renderer and one sanitizer for the public page and the editor's preview alike.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const mediaSrc = /^\/media\/([a-z0-9]{12,32})$/;

/**
 * What article HTML may contain after sanitizing: these elements, these attributes on them, these URL schemes.
 * Exported so the XSS suite checks rendered pages against the very same list.
 */
export const articleHtmlAllowlist = {
  tags: [
    "h2", "h3", "h4", "p", "br", "hr", "a", "ul", "ol", "li", "blockquote", "em", "strong", "del", "code", "pre",
    "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
  ],
  attributes: {
    a: ["href", "title", "rel"],
    img: ["src", "srcset", "sizes", "alt", "title", "loading", "decoding"],
    th: ["align"],
    td: ["align"],
    ol: ["start"],
    pre: ["tabindex"],
    table: ["tabindex"],
  },
  schemes: ["http", "https", "mailto"],
  schemesByTag: { img: ["http", "https"] },
} as const satisfies { tags: readonly string[]; attributes: Record<string, readonly string[]>; schemes: readonly string[]; schemesByTag: Record<string, readonly string[]> };

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [...articleHtmlAllowlist.tags],
  allowedAttributes: Object.fromEntries(Object.entries(articleHtmlAllowlist.attributes).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...articleHtmlAllowlist.schemes],
  allowedSchemesByTag: Object.fromEntries(Object.entries(articleHtmlAllowlist.schemesByTag).map(([tag, names]) => [tag, [...names]])),
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // The page title is the only h1; Markdown headings start one level below it.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    // Code and tables scroll sideways in a box of their own on a narrow screen (app/globals.css): the keyboard must
    // be able to reach the box to scroll it. Whatever tabindex the source gave is replaced.
    pre: (tagName) => ({ tagName, attribs: { tabindex: "0" } }),
    table: (tagName) => ({ tagName, attribs: { tabindex: "0" } }),
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return { tagName, attribs: external ? { ...attribs, rel: "noopener" } : attribs };
    },
    img: (tagName, attribs) => {
      const media = mediaSrc.exec(attribs.src ?? "");
      if (media) {
        const responsive = { src: `/media/${media[1]}/1280`, srcset: `/media/${media[1]}/640 640w, /media/${media[1]}/1280 1280w`, sizes: "(max-width: 760px) 100vw, 720px" };
        return { tagName, attribs: { ...attribs, ...responsive, loading: "lazy", decoding: "async" } };
      }
      // A picture is an upload or comes from another site. Any other address on this site (a route such as the view
      // counter's pixel, or a relative path) would make every reader's browser request it: the image goes.
      const kept: Record<string, string> = { ...attribs, loading: "lazy", decoding: "async" };
      delete kept.srcset;
      delete kept.sizes;
      if (!/^https?:\/\//i.test(attribs.src ?? "")) delete kept.src;
      return { tagName, attribs: kept };
    },
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

/** Editor Markdown to the HTML readers get. Raw HTML in the source does not survive the sanitizer. */
export function renderMarkdown(source: string): string {
  return sanitizeArticleHtml(marked.parse(source, { async: false }));
}

// Where a heading or a list item ends (or a list begins), a mark that becomes a full stop unless the text already ends a sentence there:
// run together, "What happens next" and "Volunteers worry" read as one sentence in search snippets and summaries.
const blockEnd = "\u2029";
const endsSentence = /[.!?:;…"'”’)\]]/;

/** Plain text of rendered HTML, for the search index, word counts and descriptions. */
export function htmlToText(html: string): string {
  // A list opening inside an item ends that item's own text too: "Parent. Child." rather than "Parent Child."
  const marked = html
    .replace(/<\/(h[1-6]|li)>|<(ul|ol)\b[^>]*>/g, `${blockEnd}$& `)
    .replace(/<\/(p|blockquote|pre|tr)>/g, "$& ");
  const text = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} });
  // The sanitizer leaves entities encoded; the index and word counts want the characters.
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/(\S?)\s*\u2029/g, (_, last: string) => (last === "" || endsSentence.test(last) ? last : `${last}.`))
    .replace(/\s+/g, " ")
    .trim();
}

/** Both forms an article body is stored in: sanitized HTML for the page, plain text for search. */
export function renderArticleBody(source: string): { bodyHtml: string; bodyText: string } {
  const bodyHtml = renderMarkdown(source);
  return { bodyHtml, bodyText: htmlToText(bodyHtml) };
}
