// Loaded by lib/server/serve.mjs through tsx, outside Next's bundle: nothing here may import "server-only" or Next.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { siteConfig } from "@/lib/config";
import { baseSecurityHeaders, publicContentSecurityPolicy } from "@/lib/security/headers";
import { beaconAnswer, countView, visitorCookieHeader } from "@/lib/views/count-view";
import { createWorkerViewCounter } from "./worker-view-counter";

const beaconPath = /^\/api\/views\/(\d{1,15})$/;
// The same test as proxy.ts: a request that may be signed-in staff, whose session only Next's route can check.
const sessionCookie = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token=/;

function headerSource(headers: IncomingHttpHeaders) {
  return {
    get(name: string): string | null {
      const value = headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/**
 * The view beacon answered in the server process before Next: a reader's article page sends one per visit, so under
 * a spike it arrives at a tenth of the page rate, and Next's route handling alone would cost more than the cached page.
 * It counts by the same rules (lib/views/count-view.ts), in a worker thread, and answers like app/api/views; it
 * returns false for any request it leaves to Next (another path or method, or a session cookie).
 */
export async function createViewBeacon(databaseFile: string) {
  const counter = await createWorkerViewCounter(databaseFile);
  const { timeZone, url } = siteConfig();
  const secure = url.startsWith("https://");
  const headers = {
    ...Object.fromEntries(baseSecurityHeaders.map(({ key, value }) => [key, value])),
    "Content-Security-Policy": publicContentSecurityPolicy,
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
  };

  return function answerBeacon(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== "POST") return false;
    const match = beaconPath.exec(request.url ?? "");
    if (!match || sessionCookie.test(request.headers.cookie ?? "")) return false;
    request.resume();
    countView(counter, headerSource(request.headers), Number(match[1]), false, timeZone).then(
      (outcome) => {
        const { status, body } = beaconAnswer(outcome);
        const cookie = outcome.setVisitorId ? { "Set-Cookie": visitorCookieHeader(outcome.setVisitorId, secure) } : {};
        response.writeHead(status, { ...headers, ...cookie, "Content-Length": Buffer.byteLength(body) });
        response.end(body);
      },
      (error: unknown) => {
        // Not stored, so not acknowledged: the reader's next visit counts instead.
        console.error("view beacon:", error);
        const body = JSON.stringify({ error: "The view could not be stored." });
        response.writeHead(503, { ...headers, "Content-Length": Buffer.byteLength(body) });
        response.end(body);
      },
    );
    return true;
  };
}
