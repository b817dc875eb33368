// Whole 404 pages for readers without JavaScript and for crawlers.
//
// When a page calls notFound() (an unknown article, section, tag or author, a page past the last), Next 16 answers 404
// with an empty `<html id="__next_error__">` shell: the not-found page is only in the React payload, so it appears once
// scripts run, and without them the page stays blank, with no language (vercel/next.js#62228). An address no route
// matches is answered with the whole page (app/not-found.tsx). So for such a shell, the server asks itself for an
// address no route matches and sends that page in its place, with the 404 and the headers Next chose.

import http from "node:http";
import zlib from "node:zlib";

/** An address no route of the app matches: Next answers it with app/not-found.tsx, whole. */
export const unmatchedPath = "/_dateline/not-found";

const emptyShell = '<html id="__next_error__"';
const decoders = { identity: (body) => body, gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync };

// Longer than Next needs for the not-found page even under load; a server that takes longer sends the shell instead.
const wholePageTimeoutMs = 5000;

/**
 * Next's answer to `unmatchedPath`, encoded as the original request asked: { status, encoding, headers, body }, or
 * null on failure.
 *
 * @param {number} port
 * @param {{ headers: Record<string, string | string[] | undefined> }} request
 * @param {number} waitMs
 * @returns {Promise<{ status: number, encoding: string, headers: import("node:http").IncomingHttpHeaders, body: Buffer } | null>}
 */
export function fetchWholePage(port, request, waitMs = wholePageTimeoutMs) {
  return new Promise((resolve) => {
    const headers = { accept: "text/html", "accept-encoding": request.headers["accept-encoding"] ?? "identity" };
    const asked = http.get({ host: "127.0.0.1", port, path: unmatchedPath, headers }, (answer) => {
      const chunks = [];
      answer.on("data", (chunk) => chunks.push(chunk));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, encoding: String(answer.headers["content-encoding"] ?? "identity"), headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on("error", () => resolve(null));
    });
    asked.on("error", () => resolve(null));
    asked.setTimeout(waitMs, () => asked.destroy(new Error("The not-found page took too long.")));
  });
}

/**
 * Watches Next's answer to a GET: a 404 HTML answer is held back until it is whole, and if it is the empty shell, the
 * whole not-found page goes out instead. Any other answer passes through untouched. Call before Next starts answering.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {number} port this server's own port
 * @param {number} [waitMs] how long to wait for the whole page before sending the shell after all
 */
export function keepNotFoundWhole(request, response, port, waitMs = wholePageTimeoutMs) {
  if (request.method !== "GET" || request.url === unmatchedPath) return;
  const flushHeaders = response.flushHeaders.bind(response);
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  /** @type {Buffer[] | null} the held answer, once it is known to be a 404 page; null while it passes through */
  let held = null;
  let decided = false;
  const decide = () => {
    if (decided) return;
    decided = true;
    if (response.statusCode === 404 && /^text\/html/.test(String(response.getHeader("content-type") ?? ""))) held = [];
  };
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function") held.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  };

  // Next flushes the headers before its first chunk; a held answer keeps them until its body is settled.
  response.flushHeaders = () => {
    decide();
    if (!held) flushHeaders();
  };
  response.write = (chunk, encoding, callback) => {
    decide();
    if (!held) return write(chunk, encoding, callback);
    keep(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  response.end = (chunk, encoding, callback) => {
    decide();
    if (!held) return end(chunk, encoding, callback);
    keep(chunk, encoding);
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    const body = Buffer.concat(held);
    const encodingSent = String(response.getHeader("content-encoding") ?? "identity");
    const decode = decoders[encodingSent];
    let shell = false;
    try {
      shell = decode ? decode(body).toString("utf8").includes(emptyShell) : false;
    } catch {
      shell = false;
    }
    if (!shell) return end(body, done);
    fetchWholePage(port, request, waitMs).then((whole) => {
      if (!whole || whole.body.length === 0) return end(body, done);
      if (!response.headersSent) {
        response.setHeader("content-length", String(whole.body.length));
        if (whole.encoding === "identity") response.removeHeader("content-encoding");
        else response.setHeader("content-encoding", whole.encoding);
        return end(whole.body, done);
      }
      // Next's compression fixes the headers before its first byte (unsent still, as nothing was written): the whole
      // page must then come in the same encoding and with no length announced, or the shell goes out after all.
      const fits = whole.encoding === encodingSent && response.getHeader("content-length") === undefined;
      end(fits ? whole.body : body, done);
    });
    return response;
  };
}
