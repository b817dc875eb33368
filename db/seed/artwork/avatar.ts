import { escapeXml } from "@/lib/feeds/xml";
import { mulberry32, hashString, hsl, n, range } from "./canvas";

/** Round portrait-like avatar: soft background in `hue`, head-and-shoulders silhouette. */
export function avatarArtwork(hue: number, initials: string, size: number): string {
  const s = Math.max(16, Math.round(size));
  const hh = ((Math.round(hue) % 360) + 360) % 360;
  const rng = mulberry32(hashString(initials) ^ (hh * 2654435761));
  const c = s / 2;
  const headR = s * 0.17;
  const headY = s * 0.42;
  const skinL = range(rng, 38, 72);
  const skin = hsl(range(rng, 18, 32), range(rng, 30, 50), skinL);
  const hair = hsl(range(rng, 15, 40), range(rng, 20, 45), range(rng, 10, 35));
  const shirt = hsl(hh + 180 + range(rng, -30, 30), 35, 30);
  const hairStyle = Math.floor(rng() * 3);
  let hairShape: string;
  if (hairStyle === 0) {
    // short crop
    hairShape = `<path d="M${n(c - headR * 1.05)} ${n(headY)} A${n(headR * 1.05)} ${n(headR * 1.1)} 0 0 1 ${n(c + headR * 1.05)} ${n(headY)} Q${n(c + headR * 0.6)} ${n(headY - headR * 0.6)} ${n(c)} ${n(headY - headR * 0.55)} Q${n(c - headR * 0.6)} ${n(headY - headR * 0.6)} ${n(c - headR * 1.05)} ${n(headY)} Z" fill="${hair}"/>`;
  } else if (hairStyle === 1) {
    // long hair behind the head
    hairShape = `<path d="M${n(c - headR * 1.25)} ${n(headY + headR * 1.5)} L${n(c - headR * 1.2)} ${n(headY)} A${n(headR * 1.2)} ${n(headR * 1.25)} 0 0 1 ${n(c + headR * 1.2)} ${n(headY)} L${n(c + headR * 1.25)} ${n(headY + headR * 1.5)} Z" fill="${hair}"/>`;
  } else {
    // rounded curls
    hairShape = `<circle cx="${n(c)}" cy="${n(headY - headR * 0.25)}" r="${n(headR * 1.25)}" fill="${hair}"/>`;
  }
  const label = escapeXml(initials.slice(0, 3));
  const fontSize = Math.max(6, Math.round(s * 0.09));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}"><defs><linearGradient id="abg" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${hsl(hh, 70, 88)}"/><stop offset="1" stop-color="${hsl(hh + 25, 60, 70)}"/></linearGradient><clipPath id="aclip"><circle cx="${n(c)}" cy="${n(c)}" r="${n(c)}"/></clipPath></defs><g clip-path="url(#aclip)"><rect width="${s}" height="${s}" fill="url(#abg)"/><circle cx="${n(s * 0.78)}" cy="${n(s * 0.2)}" r="${n(s * 0.28)}" fill="#ffffff" opacity="0.25"/>${
    hairStyle !== 0 ? hairShape : ""
  }<path d="M${n(c - s * 0.36)} ${n(s * 1.02)} C${n(c - s * 0.36)} ${n(s * 0.72)} ${n(c - s * 0.22)} ${n(s * 0.64)} ${n(c)} ${n(s * 0.64)} C${n(c + s * 0.22)} ${n(s * 0.64)} ${n(c + s * 0.36)} ${n(s * 0.72)} ${n(c + s * 0.36)} ${n(s * 1.02)} Z" fill="${shirt}"/><rect x="${n(c - headR * 0.38)}" y="${n(headY + headR * 0.6)}" width="${n(headR * 0.76)}" height="${n(headR * 0.9)}" rx="${n(headR * 0.2)}" fill="${skin}"/><path d="M${n(c - headR * 0.55)} ${n(s * 0.645)} L${n(c)} ${n(s * 0.72)} L${n(c + headR * 0.55)} ${n(s * 0.645)} Z" fill="${hsl(hh + 180, 20, 92)}" opacity="0.9"/><ellipse cx="${n(c)}" cy="${n(headY)}" rx="${n(headR)}" ry="${n(headR * 1.15)}" fill="${skin}"/>${
    hairStyle !== 0 ? `<path d="M${n(c - headR * 1.02)} ${n(headY - headR * 0.1)} A${n(headR * 1.02)} ${n(headR * 1.15)} 0 0 1 ${n(c + headR * 1.02)} ${n(headY - headR * 0.1)} Q${n(c)} ${n(headY - headR * 0.75)} ${n(c - headR * 1.02)} ${n(headY - headR * 0.1)} Z" fill="${hair}"/>` : hairShape
  }<rect x="${n(c - s * 0.16)}" y="${n(s * 0.84)}" width="${n(s * 0.32)}" height="${n(fontSize * 1.5)}" rx="${n(fontSize * 0.75)}" fill="#ffffff" opacity="0.8"/><text x="${n(c)}" y="${n(s * 0.84 + fontSize * 1.1)}" font-family="sans-serif" font-size="${fontSize}" font-weight="bold" fill="${hsl(hh, 40, 25)}" text-anchor="middle">${label}</text></g></svg>`;
}
