import net from "node:net";

/**
 * The block of addresses one subscriber holds, which per-address limits should count as one: an IPv4 address itself
 * (also when written IPv4-mapped, ::ffff:a.b.c.d), and for IPv6 its /64, since a home or phone connection is given a
 * whole /64 and may use any address in it. Anything else (no address known) stays as it is.
 */
export function addressBlock(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!net.isIPv6(ip)) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const front = head ? head.split(":") : [];
  const back = ip.includes("::") ? (tail ? tail.split(":") : []) : [];
  // An embedded IPv4 tail (…:1.2.3.4) takes two groups; only the first four groups matter here.
  const backGroups = back.flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
  const groups = [...front, ...Array<string>(Math.max(0, 8 - front.length - backGroups.length)).fill("0"), ...backGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
