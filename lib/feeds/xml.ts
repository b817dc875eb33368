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

/** Feed readers show content away from the site: site-relative links and images must carry the site's address. */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${siteUrl}/`).replace(/(\ssrcset=")([^"]*)"/g, (_, attr: string, list: string) => `${attr}${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${siteUrl}/`)}"`);
}
