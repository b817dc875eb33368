/** Which requests count as a reader's view, and how long a repeat by the same visitor is ignored. */

/** The request headers the rules read: a fetch `Headers` fits, and so does lib/server/view-beacon.ts's view of Node's. */
export type HeaderSource = { get(name: string): string | null };

export const repeatWindowMs = 30 * 60 * 1000;

// Crawlers, link unfurlers, monitors and scripted clients; a browser's user agent matches none of these. Not "cubot"
// (a phone maker) and not "telegram" alone: Telegram's in-app browser is a reader, its link previewer says TelegramBot.
const botPattern =
  /(?<!cu)bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|quora link preview|whatsapp|vkshare|pinterest|bingpreview|headless|phantomjs|lighthouse|pagespeed|curl|wget|python-|httpx|go-http-client|java\/|okhttp|axios|node-fetch|undici|libwww|httpclient|feedfetcher|rss|monitor|uptime|preview|scan/i;

export function isBot(userAgent: string | null): boolean {
  return !userAgent || userAgent.trim() === "" || botPattern.test(userAgent);
}

/** A request made ahead of the reader's visit: link prefetch, prerender or Next's router prefetch. */
export function isPrefetch(headers: HeaderSource): boolean {
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""} ${headers.get("x-moz") ?? ""}`;
  return /prefetch|prerender|preview/i.test(purpose) || headers.get("next-router-prefetch") !== null;
}

/**
 * A request another site's page made the reader's browser send (an image or a form pointing here): not a visit to
 * ours, and a way for any site to count views through its own visitors. Our beacon and no-script pixel are
 * same-origin. Browsers too old to send Sec-Fetch-Site are counted as before.
 */
export function isFromAnotherSite(headers: HeaderSource): boolean {
  return headers.get("sec-fetch-site") === "cross-site";
}
