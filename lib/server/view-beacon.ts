// Loaded by lib/server/serve.mjs through tsx, outside Next's bundle: nothing here may import "server-only" or Next.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { apiSecurityHeaders } from "@/lib/security/headers";
import { countingHeaders, type BeaconReply } from "@/lib/views/count-view";
import type { Beacon } from "./beacon-counting";
import { createWorkerViewCounter } from "./worker-view-counter";

const beaconPath = /^\/api\/views\/(\d{1,15})$/;
// The same test as proxy.ts: a request that may be signed-in staff, whose session only Next's route can check.
const sessionCookie = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token=/;

/** The headers the counting rules read, and no other: the rest of the request stays on this thread. */
function countingHeadersOf(headers: IncomingHttpHeaders): Beacon["headers"] {
  const picked: Beacon["headers"] = {};
  for (const name of countingHeaders) {
    const value = headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return picked;
}

/**
 * The view beacon answered in the server process before Next: a reader's article page sends one per visit, so under
 * a spike it arrives at a tenth of the page rate, and Next's route handling alone would cost more than the cached page.
 * A worker thread counts it by the same rules (lib/views/count-view.ts) and says what to answer, as app/api/views
 * would; this thread only passes the request on and writes the answer. Returns false for any request it leaves to
 * Next (another path or method, or a session cookie).
 */
export async function createViewBeacon(databaseFile: string) {
  const count = await createWorkerViewCounter(databaseFile);
  // Flat name-value lists, which Node writes as they are: no object to build and walk for each answer.
  const headers = [...apiSecurityHeaders.flatMap(({ key, value }) => [key, value]), "Content-Type", "application/json", "Cache-Control", "no-store"];
  const send = (response: ServerResponse, { status, body, setCookie }: BeaconReply) => {
    const length = String(Buffer.byteLength(body));
    response.writeHead(status, setCookie ? [...headers, "Set-Cookie", setCookie, "Content-Length", length] : [...headers, "Content-Length", length]);
    response.end(body);
  };

  return function answerBeacon(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== "POST") return false;
    const match = beaconPath.exec(request.url ?? "");
    if (!match || sessionCookie.test(request.headers.cookie ?? "")) return false;
    request.resume();
    count({ articleId: Number(match[1]), headers: countingHeadersOf(request.headers) }, (reply) => send(response, reply));
    return true;
  };
}
