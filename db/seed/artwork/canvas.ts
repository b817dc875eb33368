/*
 * The drawing kit for the demo artwork: a seeded random number generator, colours, gradients and the canvas that
 * motifs draw on. Only SVG 1.1 features, so librsvg (sharp) renders it.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** HSL (degrees, percent, percent) to #rrggbb. */
export function hsl(h: number, s: number, l: number): string {
  const hue = (((h % 360) + 360) % 360) / 360;
  const sat = clamp(s, 0, 100) / 100;
  const lig = clamp(l, 0, 100) / 100;
  const q = lig < 0.5 ? lig * (1 + sat) : lig + sat - lig * sat;
  const p = 2 * lig - q;
  const conv = (t0: number): number => {
    let t = t0;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  const toHex = (x: number): string =>
    Math.round(clamp(x, 0, 1) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${toHex(conv(hue + 1 / 3))}${toHex(conv(hue))}${toHex(conv(hue - 1 / 3))}`;
}

/** Round to one decimal place for compact output. */
export function n(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

export function range(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length) % items.length] as T;
}

export type Ctx = { w: number; h: number; hue: number; rng: Rng; defs: string[]; body: string[] };

export function linear(
  ctx: Ctx,
  id: string,
  stops: Array<[number, string, number?]>,
  x2 = 0,
  y2 = 1,
): string {
  const s = stops
    .map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}"${op === undefined ? "" : ` stop-opacity="${op}"`}/>`)
    .join("");
  ctx.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
  return `url(#${id})`;
}

export function radial(ctx: Ctx, id: string, cx: number, cy: number, r: number, color: string, opacity: number): string {
  ctx.defs.push(
    `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`,
  );
  return `url(#${id})`;
}

export function background(ctx: Ctx, topL: number, bottomL: number, shift = 28): void {
  const { w, h, hue } = ctx;
  const fill = linear(ctx, "bg", [
    [0, hsl(hue, 48, topL)],
    [1, hsl(hue + shift, 58, bottomL)],
  ], 0.35, 1);
  ctx.body.push(`<rect width="${w}" height="${h}" fill="${fill}"/>`);
}

export function glow(ctx: Ctx, cx: number, cy: number, color: string, opacity = 0.55, r = 0.6): void {
  const fill = radial(ctx, `glow${ctx.defs.length}`, cx, cy, r, color, opacity);
  ctx.body.push(`<rect width="${ctx.w}" height="${ctx.h}" fill="${fill}"/>`);
}

// ---------------------------------------------------------------- motifs
