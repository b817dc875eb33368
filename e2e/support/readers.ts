import crypto from "node:crypto";
import { test, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from "@playwright/test";

/** The desktop Chrome user agent the config gives every page (headless Chromium's own says "HeadlessChrome", a bot). */
export const chromeUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

export const googlebotUserAgent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

/**
 * A browser user agent no other visitor in the run has. Every test reaches the server from the same address, and a
 * visitor without the counting cookie is recognised by a hash of address and user agent: a shared user agent would make
 * a "new" visitor look like an earlier one. Hex only, so it can never spell a bot word.
 */
export function uniqueReaderUserAgent(): string {
  return `${chromeUserAgent} Reader/${crypto.randomBytes(6).toString("hex")}`;
}

/** A 32-character lowercase hex id, the shape of the `dl_visitor` cookie. */
export function newVisitorId(): string {
  return crypto.randomBytes(16).toString("hex");
}

/** The site's address, from the config's `use.baseURL`. */
export function baseURL(): string {
  const url = test.info().project.use.baseURL;
  if (!url) throw new Error("playwright.config.ts sets no use.baseURL");
  return url;
}

/**
 * A fresh browser context (no cookies: a new visitor). `browser.newContext()` does not apply the config's `use` options,
 * so the base URL, viewport and user agent are passed here; `options` override them.
 */
export async function newReaderContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const use = test.info().project.use;
  return browser.newContext({
    baseURL: baseURL(),
    viewport: use.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: use.deviceScaleFactor,
    userAgent: uniqueReaderUserAgent(),
    ...options,
  });
}

/** Resolves with the answer to the page's view beacon (POST /api/views/<id>). Start waiting before the navigation. */
export function viewBeacon(page: Page, articleId: number): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/api/views/${articleId}`);
}

/** Resolves with the answer to the no-script counting pixel (GET /api/views/<id>/pixel). */
export function viewPixel(page: Page, articleId: number): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === "GET" && new URL(r.url()).pathname === `/api/views/${articleId}/pixel`);
}

/** How the article page writes its view count: "1 View", "382 Views", "5,301 Views". */
export function viewsText(views: number): string {
  return `${views.toLocaleString("en-US")} ${views === 1 ? "View" : "Views"}`;
}
