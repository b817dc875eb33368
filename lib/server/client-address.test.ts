import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { setClientAddress } from "./client-address.mjs";

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("setClientAddress", () => {
  it("puts the socket's address in place of whatever the client claimed", () => {
    const claimed = request("203.0.113.9", { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.1" });
    setClientAddress(claimed);
    expect(claimed.headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(claimed.headers["x-real-ip"]).toBeUndefined();
  });

  it("keeps the address this server set on a Server Action that Next hands on from this machine", () => {
    const forwarded = request("::1", { "x-forwarded-for": "203.0.113.9", "x-action-forwarded": "1" });
    setClientAddress(forwarded);
    expect(forwarded.headers["x-forwarded-for"]).toBe("203.0.113.9");
  });

  it("does not let another machine pass for Next's hand-over", () => {
    const outside = request("203.0.113.9", { "x-forwarded-for": "198.51.100.1", "x-action-forwarded": "1" });
    setClientAddress(outside);
    expect(outside.headers["x-forwarded-for"]).toBe("203.0.113.9");
    const local = request("127.0.0.1", {});
    setClientAddress(local);
    expect(local.headers["x-forwarded-for"]).toBe("127.0.0.1");
  });
});
