import { describe, expect, it } from "vitest";
import { addressBlock } from "./address-block";

describe("the address block a per-address limit counts", () => {
  it("is an IPv4 address itself, also when written IPv4-mapped", () => {
    expect(addressBlock("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBlock("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBlock("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });

  it("is an IPv6 address's /64, however the address is written", () => {
    const block = "2001:db8:85a3:8d3::/64";
    for (const ip of ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:0DB8:85a3:08d3::1", "2001:db8:85a3:8d3:ffff:ffff:ffff:ffff", "2001:db8:85a3:8d3::10.0.0.1"]) {
      expect(addressBlock(ip), ip).toBe(block);
    }
    expect(addressBlock("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBlock("::1")).toBe("0:0:0:0::/64");
    expect(addressBlock("2001:db8:85a3:8d4::1")).not.toBe(block);
  });

  it("leaves what is not an address as it is", () => {
    expect(addressBlock("unknown")).toBe("unknown");
  });
});
