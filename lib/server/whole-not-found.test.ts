import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepNotFoundWhole, unmatchedPath } from "./whole-not-found.mjs";

const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"We could not find that page"])</script></body></html>';
const whole = '<!DOCTYPE html><html lang="en"><body><main><h1>We could not find that page</h1></main></body></html>';

let notFoundHangs = false;

/** Answers as Next does: gzip when asked, headers either flushed first (streaming) or stored by writeHead first. */
function nextLike(request: http.IncomingMessage, response: http.ServerResponse) {
  const gzip = /gzip/.test(String(request.headers["accept-encoding"] ?? ""));
  const send = (status: number, html: string, storeHeadersFirst = false) => {
    response.statusCode = status;
    response.setHeader("content-type", "text/html; charset=utf-8");
    if (gzip) response.setHeader("content-encoding", "gzip");
    const body = gzip ? zlib.gzipSync(html) : Buffer.from(html);
    if (storeHeadersFirst) response.writeHead(status);
    else response.flushHeaders();
    response.write(body.subarray(0, 10));
    response.end(body.subarray(10));
  };
  const path = request.url ?? "";
  if (path === unmatchedPath && notFoundHangs) return;
  if (path === unmatchedPath) return send(404, whole);
  if (path === "/missing-story") return send(404, shell);
  if (path === "/missing-story-headers-stored") return send(404, shell, true);
  if (path === "/own-404") return send(404, "<!DOCTYPE html><html lang=\"en\"><body><h1>Gone</h1></body></html>");
  return send(200, "<!DOCTYPE html><html lang=\"en\"><body><h1>A story</h1></body></html>");
}

const server = http.createServer((request, response) => {
  keepNotFoundWhole(request, response, (server.address() as AddressInfo).port, 300);
  nextLike(request, response);
});
let base = "";
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => ((base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** fetch() decodes gzip itself; the header says what was sent. */
async function get(path: string, encoding: string) {
  const response = await fetch(base + path, { headers: { "accept-encoding": encoding } });
  return { status: response.status, encoding: response.headers.get("content-encoding"), text: await response.text() };
}

describe("a 404 that Next sends as an empty shell", () => {
  for (const encoding of ["gzip", "identity"]) {
    it(`goes out as the whole not-found page, still a 404 (${encoding})`, async () => {
      for (const path of ["/missing-story", "/missing-story-headers-stored"]) {
        const answer = await get(path, encoding);
        expect(answer.status, path).toBe(404);
        expect(answer.text, path).toBe(whole);
        expect(answer.encoding, path).toBe(encoding === "gzip" ? "gzip" : null);
      }
    });
  }

  it("leaves every other answer as it was: a 404 page of its own, a 200, a HEAD", async () => {
    expect(await get("/own-404", "gzip")).toMatchObject({ status: 404, text: expect.stringContaining("<h1>Gone</h1>") });
    expect(await get("/a-story", "gzip")).toMatchObject({ status: 200, text: expect.stringContaining("<h1>A story</h1>") });
    const head = await fetch(`${base}/missing-story`, { method: "HEAD" });
    expect(head.status).toBe(404);
  });

  it("sends the shell after all when the whole page does not come in time", async () => {
    notFoundHangs = true;
    try {
      const answer = await get("/missing-story", "gzip");
      expect(answer).toMatchObject({ status: 404, text: shell });
    } finally {
      notFoundHangs = false;
    }
  });
});
