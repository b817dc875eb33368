// The production server: Next's own request handler, behind one fix-up that `next start` cannot make.
// Next keeps any X-Forwarded-For header a client sends, so by default any client could name its own address and
// slip past the per-address limits (sign-in throttling, comment rate limit, view counting). Here the header is
// replaced by the socket's address, unless TRUST_PROXY says a reverse proxy in front sets it.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT || 3000);
const trustProxy = ["1", "true", "yes"].includes((process.env.TRUST_PROXY ?? "").toLowerCase());
// Next renders a Server Action's redirect target by asking itself for it: it must know its own port.
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  if (!trustProxy) {
    request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
    delete request.headers["x-real-ip"];
  }
  handle(request, response);
}).listen(port, () => console.log(`Ready on http://localhost:${port}`));
