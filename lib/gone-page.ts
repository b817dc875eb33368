import { siteConfig } from "@/lib/config";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page for an article that was taken down (410), sent by the proxy, which renders no React: the site's name,
 * the way to the front page and a search, like the not-found page offers, in a page of its own styles.
 */
export function goneHtml(): string {
  const name = escape(siteConfig().name);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Article removed | ${name}</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:0 1.25rem;color:#1b1b1f;line-height:1.55}header{border-bottom:3px solid #1b1b1f;padding:1rem 0}header a{font-family:Georgia,serif;font-size:1.75rem;font-weight:700;color:inherit;text-decoration:none}h1{font-family:Georgia,serif;overflow-wrap:anywhere}a{color:#a4161a}form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1.5rem 0}input{font:inherit;padding:.4rem .5rem;border:1px solid #6b6b75;border-radius:4px;min-width:0;flex:1 1 12rem}button{font:inherit;padding:.4rem .9rem;border:1px solid #1b1b1f;border-radius:4px;background:#1b1b1f;color:#fff;cursor:pointer}footer{border-top:1px solid #d4d4d8;margin-top:3rem;padding:1rem 0;font-size:.9rem}</style></head>
<body><header><a href="/">${name}</a></header><main id="main"><h1>This article has been removed</h1><p>It is no longer published. The <a href="/">front page</a> has the latest news, or search for what you were reading about.</p>
<form action="/search" method="get" role="search" aria-label="Search the news"><label for="gone-q">Search</label><input id="gone-q" name="q" type="search" required><button type="submit">Search</button></form></main>
<footer><a href="/">${name}</a> · <a href="/feed.xml">RSS feed</a></footer></body></html>`;
}
