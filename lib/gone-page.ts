import { siteConfig } from "@/lib/config";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for an article that was taken down (410), small enough to be sent by the proxy. */
export function goneHtml(): string {
  const name = escape(siteConfig().name);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Article removed | ${name}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1.25rem;color:#1b1b1f;line-height:1.55}h1{font-family:Georgia,serif}a{color:#a4161a}</style></head>
<body><header><a href="/">${name}</a></header><main><h1>This article has been removed</h1><p>It is no longer published. The <a href="/">front page</a> has the latest news.</p></main></body></html>`;
}
