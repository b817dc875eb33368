// The client's address as the app reads it (lib/views/visitor.ts and the per-address limits): the last entry of
// X-Forwarded-For. Without a trusted reverse proxy in front (TRUST_PROXY), lib/server/serve.mjs makes that the
// socket's address, whatever the client claimed.

const loopback = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Replaces X-Forwarded-For with the socket's address, except on Next's own hand-over of a Server Action: posted to
 * another page than its own, an action is sent on to the page that has it by a request from this machine that
 * carries the original's headers, X-Forwarded-For set here included, and says so with `x-action-forwarded`. Taking
 * the loopback address for that request would put every such comment in one rate-limit bucket.
 *
 * @param {import("node:http").IncomingMessage} request
 */
export function setClientAddress(request) {
  const address = request.socket.remoteAddress ?? "unknown";
  const forwardedByNext = request.headers["x-action-forwarded"] === "1" && loopback.has(address) && request.headers["x-forwarded-for"] !== undefined;
  if (!forwardedByNext) request.headers["x-forwarded-for"] = address;
  delete request.headers["x-real-ip"];
}
