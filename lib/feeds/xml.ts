/**
 * Only characters XML 1.0 allows: a single control character or lone surrogate anywhere makes the whole feed
 * malformed, and feed readers then drop every item, so these are removed from everything a feed carries.
 */
function xmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

/** Text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** HTML content as CDATA; a "]]>" inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

// A URL with a scheme (the sanitizer lets http, https and mailto through) is absolute already. One that no URL parser
// accepts stays as written, rather than failing the whole feed.
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

function resolve(value: string, base: string): string {
  return hasScheme.test(value) ? value : (URL.parse(value, base)?.href ?? value);
}

function resolveAttributes(tag: string, base: string): string {
  return tag
    .replace(/(\s(?:href|src)=")([^"]*)"/g, (_, attr: string, value: string) => `${attr}${resolve(value, base)}"`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_, attr: string, list: string) => `${attr}${list.replace(/(^|,)(\s*)([^\s,]+)/g, (_m, comma: string, space: string, url: string) => `${comma}${space}${resolve(url, base)}`)}"`);
}

/**
 * Feed readers show content away from the article, where a relative link or image ("/x", "../x", "x", "#notes")
 * would resolve against the feed's address: each is resolved against the article's own absolute URL instead.
 * Only tags are rewritten, not text that reads like an attribute ("<" and ">" inside values and text are escaped).
 * Values stay HTML-escaped, which resolving keeps: "&" and ";" are left as they are in every part of a URL.
 */
export function absolutizeHtml(html: string, articleUrl: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => resolveAttributes(tag, articleUrl));
}
