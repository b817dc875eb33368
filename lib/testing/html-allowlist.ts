import { Parser } from "htmlparser2";
import { articleHtmlAllowlist } from "../markdown";

/**
 * Checks HTML against an allowlist of elements and attributes, for the XSS suite. Whatever the page's own markup or
 * the sanitizer should never let through is reported: an element or attribute outside the list, any on* attribute,
 * a URL attribute whose scheme is not http, https or mailto (relative addresses are fine), and any script that is
 * not JSON-LD (with valid JSON in it) or, where allowed, one of Next's own.
 *
 * Works on a flat list of elements so the browser suite can collect them from the live DOM and check them here.
 */

export type Allowlist = {
  name: string;
  tags: readonly string[];
  /** Attributes allowed on any of the tags. */
  globalAttributes: readonly string[];
  attributes: Readonly<Record<string, readonly string[]>>;
  /** Allowed URL schemes, lowercase, without the colon. */
  schemes: readonly string[];
  schemesByTag?: Readonly<Record<string, readonly string[]>>;
  /**
   * Next's and React's own code is fine: Next's <script> elements (chunks, flight data, Turbopack's loader), the
   * article page's /article.js and the javascript: URL React puts on a form whose action is a function. Only for
   * checking whole pages.
   */
  allowFrameworkCode?: boolean;
};

export type ElementInfo = { tag: string; attributes: [name: string, value: string][]; text?: string };

/** The sanitizer's own list: what an article body may contain. */
export const articleBodyAllowlist: Allowlist = {
  name: "article body",
  tags: articleHtmlAllowlist.tags,
  globalAttributes: [],
  attributes: articleHtmlAllowlist.attributes,
  schemes: articleHtmlAllowlist.schemes,
  schemesByTag: articleHtmlAllowlist.schemesByTag,
};

/**
 * The reader components' own markup around the user's text (cards, headers, author box, comments, search results),
 * plus everything an article body may contain. Nothing a user types may add to it.
 */
export const readerPageAllowlist: Allowlist = {
  name: "reader page",
  tags: [...new Set([...articleHtmlAllowlist.tags, "article", "aside", "div", "header", "nav", "section", "span", "h1", "mark", "time", "noscript", "script", "link"])],
  globalAttributes: ["class", "id", "role", "tabindex", "aria-label", "aria-labelledby", "aria-hidden", "aria-current", "data-view-count", "data-article-id"],
  attributes: {
    ...articleHtmlAllowlist.attributes,
    // A comment's Reply link names its comment and author for public/article.js.
    a: [...articleHtmlAllowlist.attributes.a, "rel", "data-reply-to", "data-reply-name"],
    img: [...articleHtmlAllowlist.attributes.img, "width", "height", "fetchpriority"],
    time: ["datetime"],
    script: ["type"],
    // React's preload hint for an image marked fetchPriority="high" (the hero).
    link: ["rel", "as", "href", "imagesrcset", "imagesizes", "fetchpriority"],
  },
  schemes: articleHtmlAllowlist.schemes,
  schemesByTag: articleHtmlAllowlist.schemesByTag,
};

const urlAttributes = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "codebase", "longdesc", "usemap", "ping", "manifest", "lowsrc", "dynsrc"]);

/**
 * The scheme a browser would see in a URL attribute value (entities already decoded by the parser or the DOM).
 * Browsers drop leading and trailing C0 controls and spaces and every tab and newline inside; this drops every C0
 * control, space and DEL anywhere, which is stricter. Undefined for a relative address.
 */
export function urlScheme(value: string): string | undefined {
  const stripped = value.replace(/[\u0000-\u0020\u007f]/g, "");
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(stripped);
  return match ? match[1].toLowerCase() : undefined;
}

function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

function isPageOwnScript(element: ElementInfo): boolean {
  const attrs = new Map(element.attributes);
  const src = attrs.get("src");
  // Next's chunks, and the article page's own script (public/article.js), which takes their place on article pages.
  if (src !== undefined) return /^\/_next\//.test(src) || src === "/article.js";
  const text = (element.text ?? "").trim();
  return /^\(?self\.__next_[a-z]/.test(text) || /^\(globalThis\["TURBOPACK"\]/.test(text) || /^requestAnimationFrame\(function\(\)\{\$RT/.test(text) || attrs.get("id") === "__NEXT_DATA__" || /^\$RC|^\$RS|^\$RX/.test(text);
}

/** React's guard against a function-action form being submitted natively: not a link anyone can follow. */
const reactFormGuard = /^javascript:throw new Error\('A React form was unexpectedly submitted\./;

function jsonParses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every problem with the elements under the allowlist, one line each; empty when all is well. */
export function checkElements(elements: readonly ElementInfo[], allowlist: Allowlist): string[] {
  const problems: string[] = [];
  const tags = new Set(allowlist.tags);
  for (const element of elements) {
    const tag = element.tag.toLowerCase();
    if (tag === "script") {
      const type = new Map(element.attributes).get("type")?.trim().toLowerCase();
      if (type === "application/ld+json") {
        if (!jsonParses(element.text ?? "")) problems.push(`<script type="application/ld+json"> holds text that is not JSON: ${JSON.stringify((element.text ?? "").slice(0, 120))}`);
      } else if (!(allowlist.allowFrameworkCode && isPageOwnScript(element))) {
        problems.push(`<script${type ? ` type="${type}"` : ""}> that is not JSON-LD: ${JSON.stringify((element.text ?? "").slice(0, 120))}`);
      }
    }
    if (!tags.has(tag)) problems.push(`element <${tag}> is not allowed in the ${allowlist.name}`);
    const allowed = new Set([...allowlist.globalAttributes, ...(allowlist.attributes[tag] ?? [])]);
    const schemes = allowlist.schemesByTag?.[tag] ?? allowlist.schemes;
    for (const [rawName, value] of element.attributes) {
      const name = rawName.toLowerCase();
      if (/^on/.test(name)) problems.push(`event handler attribute ${name}="${value}" on <${tag}>`);
      else if (!allowed.has(name) && !(tag === "script" && allowlist.allowFrameworkCode)) problems.push(`attribute ${name} is not allowed on <${tag}> in the ${allowlist.name}`);
      const urls = name === "srcset" ? srcsetUrls(value) : urlAttributes.has(name) ? [value] : [];
      for (const url of urls) {
        if (allowlist.allowFrameworkCode && (name === "action" || name === "formaction") && reactFormGuard.test(url)) continue;
        const scheme = urlScheme(url);
        if (scheme !== undefined && !schemes.includes(scheme)) problems.push(`${name}="${url}" on <${tag}> uses the scheme ${scheme}:`);
      }
    }
  }
  return problems;
}

/** The elements of an HTML fragment or document, with attribute values decoded as a browser decodes them. */
export function collectElements(html: string): ElementInfo[] {
  const elements: ElementInfo[] = [];
  let script: ElementInfo | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: ElementInfo = { tag: name, attributes: Object.entries(attribs) };
        elements.push(element);
        if (name === "script") {
          element.text = "";
          script = element;
        }
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name === "script") script = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return elements;
}

/** Problems with an HTML string under the allowlist; empty when all is well. */
export function checkHtml(html: string, allowlist: Allowlist): string[] {
  return checkElements(collectElements(html), allowlist);
}
