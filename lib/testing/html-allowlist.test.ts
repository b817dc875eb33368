import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { articleBodyAllowlist, checkElements, checkHtml, readerPageAllowlist, urlScheme, type ElementInfo } from "./html-allowlist";
import { riskyPayloads, xssPayloads } from "./xss-payloads";

describe("the allowlist checker", () => {
  it("passes what the sanitizer may emit", () => {
    const html =
      '<h2>Title</h2><p>Text <a href="https://example.com/a" rel="noopener" title="t">link</a> <a href="/articles/x">in</a> <a href="mailto:a@b.example">mail</a> <a href="#top">top</a></p>' +
      '<img src="/media/abcdefabcdef/1280" srcset="/media/abcdefabcdef/640 640w, https://cdn.example/1280 1280w" sizes="100vw" alt="A &quot;quoted&quot; alt" loading="lazy" decoding="async">' +
      '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td align="right">b</td></tr></tbody></table><ol start="3"><li>x</li></ol>';
    expect(checkHtml(html, articleBodyAllowlist)).toEqual([]);
  });

  it("passes the reader components' own markup and JSON-LD", () => {
    const html =
      '<article class="card"><h3 class="card__title"><a href="/articles/x">&lt;script&gt;alert(1)&lt;/script&gt;</a></h3><p class="byline">By <a href="/author/a">A</a> · <time datetime="2026-01-01T00:00:00.000Z">Jan 1</time></p></article>' +
      '<script type="application/ld+json">{"headline":"\\u003c/script>"}</script><nav class="tag-list" aria-label="Tags"><span>x</span></nav>';
    expect(checkHtml(html, readerPageAllowlist)).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", /<script> that is not JSON-LD/],
    ['<script type="application/ld+json">{"a":"</script><script>alert(1)</script>', /not JSON-LD/],
    ['<script type="application/ld+json">{"a": </script>', /not JSON/],
    ["<img src=x onerror=alert(1)>", /event handler attribute onerror/],
    ["<p onclick=alert(1)>x</p>", /event handler attribute onclick/],
    ['<a href="javascript:alert(1)">x</a>', /scheme javascript:/],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', /scheme javascript:/],
    ['<a href="&#106;avascript:alert(1)">x</a>', /scheme javascript:/],
    ['<a href=" \u0001JaVaScRiPt:alert(1)">x</a>', /scheme javascript:/],
    ['<a href="vbscript:msgbox(1)">x</a>', /scheme vbscript:/],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', /scheme data:/],
    ['<img srcset="/a.png 1x, javascript:alert(1) 2x">', /srcset="javascript:alert\(1\)"/],
    ['<img src="mailto:a@b.example">', /scheme mailto:/],
    ["<svg><a xlink:href=javascript:alert(1)>x</a></svg>", /element <svg>/],
    ["<svg><a xlink:href=javascript:alert(1)>x</a></svg>", /xlink:href="javascript:alert\(1\)"/],
    ["<iframe srcdoc='<script>alert(1)</script>'></iframe>", /element <iframe>/],
    ['<form action="javascript:alert(1)"></form>', /action="javascript:alert\(1\)"/],
    ['<p style="background:url(javascript:alert(1))">x</p>', /attribute style is not allowed on <p>/],
    ["<div>x</div>", /element <div> is not allowed in the article body/],
  ])("reports %s", (html, problem) => {
    const problems = checkHtml(html, articleBodyAllowlist);
    expect(problems.join("\n")).toMatch(problem);
  });

  it("reports the same in the reader pages' wider list", () => {
    expect(checkHtml('<div class="card"><img src=x onerror=alert(1)></div>', readerPageAllowlist)).toEqual(["event handler attribute onerror=\"alert(1)\" on <img>"]);
    expect(checkHtml("<span><math><mi>x</mi></math></span>", readerPageAllowlist)).toEqual(["element <math> is not allowed in the reader page", "element <mi> is not allowed in the reader page"]);
  });

  it("allows Next's own scripts only where told to", () => {
    const elements: ElementInfo[] = [{ tag: "script", attributes: [["src", "/_next/static/chunks/main.js"]] as [string, string][] }, { tag: "script", attributes: [], text: "(self.__next_f=self.__next_f||[]).push([0])" }];
    const guard: [string, string][] = [["action", "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually…')"]];
    elements.push({ tag: "script", attributes: [], text: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})' });
    expect(checkElements(elements, { ...readerPageAllowlist, allowFrameworkCode: true })).toEqual([]);
    expect(checkElements([{ tag: "form", attributes: guard }], { ...readerPageAllowlist, allowFrameworkCode: true }).join()).not.toMatch(/scheme/);
    expect(checkElements([{ tag: "form", attributes: [["action", "javascript:alert(1)"]] }], { ...readerPageAllowlist, allowFrameworkCode: true }).join()).toMatch(/scheme javascript:/);
    expect(checkElements([{ tag: "form", attributes: guard }], readerPageAllowlist).join()).toMatch(/scheme javascript:/);
    for (const element of elements) expect(checkElements([element], readerPageAllowlist).join()).toMatch(/not JSON-LD/);
  });

  it("reads a URL's scheme as a browser does", () => {
    expect(urlScheme("java\tscript:alert(1)")).toBe("javascript");
    expect(urlScheme("\u0000 javascript:alert(1)")).toBe("javascript");
    expect(urlScheme("HTTPS://example.com")).toBe("https");
    expect(urlScheme("/a:b")).toBeUndefined();
    expect(urlScheme("?q=javascript:alert(1)")).toBeUndefined();
    expect(urlScheme("#javascript:alert(1)")).toBeUndefined();
  });
});

describe("the payload corpus", () => {
  it("has at least 100 distinct payloads, each of which would run something the tests can see", () => {
    const texts = xssPayloads.map((payload) => payload.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(100);
    // Script-free payloads (a CSS import, a vbscript: link) are still hostile; the rest call alert or set __xss.
    const silent = texts.filter((text) => !/alert|__xss|msgbox|evil\.example|&#97;lert|;base64,/.test(text));
    expect(silent).toEqual([]);
  });

  it("has ten risky payloads for the browser suite", () => {
    expect(riskyPayloads()).toHaveLength(10);
  });

  it("would mostly be caught by the checker if the sanitizer were not there", () => {
    // Raw HTML payloads straight into the page: the checker must see them, or it proves nothing.
    // (An element left open at the end of the input is dropped by browsers and parsers alike.)
    const raw = xssPayloads.filter((payload) => /^<(script|img|svg|iframe|object|embed|a |details)/i.test(payload.text) && payload.text.includes(">"));
    const missed = raw.filter((payload) => checkHtml(payload.text, articleBodyAllowlist).length === 0).map((payload) => payload.text);
    // A browser's URL parser strips no U+2028 before the scheme: that address is relative, so harmless even raw.
    expect(missed).toEqual(['<a href="\u2028javascript:alert(1)">x</a>']);
    // ... and what the renderer makes of them passes.
    for (const payload of raw) expect(checkHtml(renderMarkdown(payload.text), articleBodyAllowlist), payload.text).toEqual([]);
  });
});
