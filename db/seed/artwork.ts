import type { DemoArt } from "./demo/articles";

/*
 * Deterministic, dependency-free SVG artwork for demo content.
 * Uses only SVG 1.1 features so it renders with librsvg (sharp).
 */

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** HSL (degrees, percent, percent) to #rrggbb. */
function hsl(h: number, s: number, l: number): string {
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
function n(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

function range(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length) % items.length] as T;
}

type Ctx = { w: number; h: number; hue: number; rng: Rng; defs: string[]; body: string[] };

function linear(
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

function radial(ctx: Ctx, id: string, cx: number, cy: number, r: number, color: string, opacity: number): string {
  ctx.defs.push(
    `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`,
  );
  return `url(#${id})`;
}

function background(ctx: Ctx, topL: number, bottomL: number, shift = 28): void {
  const { w, h, hue } = ctx;
  const fill = linear(ctx, "bg", [
    [0, hsl(hue, 48, topL)],
    [1, hsl(hue + shift, 58, bottomL)],
  ], 0.35, 1);
  ctx.body.push(`<rect width="${w}" height="${h}" fill="${fill}"/>`);
}

function glow(ctx: Ctx, cx: number, cy: number, color: string, opacity = 0.55, r = 0.6): void {
  const fill = radial(ctx, `glow${ctx.defs.length}`, cx, cy, r, color, opacity);
  ctx.body.push(`<rect width="${ctx.w}" height="${ctx.h}" fill="${fill}"/>`);
}

// ---------------------------------------------------------------- motifs

function drawWaves(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 78, 58, -20);
  glow(ctx, 0.75, 0.18, hsl(hue + 40, 90, 92), 0.8, 0.45);
  ctx.body.push(`<circle cx="${n(w * 0.74)}" cy="${n(h * 0.2)}" r="${n(h * 0.09)}" fill="${hsl(hue + 40, 90, 95)}" opacity="0.85"/>`);
  const layers = 6;
  for (let i = 0; i < layers; i++) {
    const t = i / (layers - 1);
    const base = h * (0.38 + t * 0.5);
    const amp1 = h * range(rng, 0.025, 0.06) * (1 - t * 0.3);
    const amp2 = h * range(rng, 0.01, 0.025);
    const f1 = range(rng, 1.2, 2.6);
    const f2 = range(rng, 3.5, 6.5);
    const p1 = range(rng, 0, Math.PI * 2);
    const p2 = range(rng, 0, Math.PI * 2);
    const steps = 48;
    let d = `M0 ${n(h)}`;
    for (let s = 0; s <= steps; s++) {
      const x = (s / steps) * w;
      const u = s / steps;
      const y = base + Math.sin(u * Math.PI * 2 * f1 + p1) * amp1 + Math.sin(u * Math.PI * 2 * f2 + p2) * amp2;
      d += ` L${n(x)} ${n(y)}`;
    }
    d += ` L${n(w)} ${n(h)} Z`;
    const fill = linear(ctx, `wv${i}`, [
      [0, hsl(hue + 6 * i, 55 + t * 10, 62 - t * 40)],
      [1, hsl(hue + 6 * i + 10, 60, 45 - t * 30)],
    ]);
    ctx.body.push(`<path d="${d}" fill="${fill}" opacity="${n(0.75 + t * 0.25)}"/>`);
    // foam highlight line
    let line = "";
    for (let s = 0; s <= steps; s++) {
      const x = (s / steps) * w;
      const u = s / steps;
      const y = base + Math.sin(u * Math.PI * 2 * f1 + p1) * amp1 + Math.sin(u * Math.PI * 2 * f2 + p2) * amp2;
      line += `${s === 0 ? "M" : " L"}${n(x)} ${n(y)}`;
    }
    ctx.body.push(
      `<path d="${line}" fill="none" stroke="#ffffff" stroke-opacity="${n(0.35 - t * 0.2)}" stroke-width="${n(Math.max(1.5, h * 0.004))}"/>`,
    );
  }
}

function drawSkyline(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 16, 48, 40);
  glow(ctx, 0.5, 0.85, hsl(hue + 50, 90, 70), 0.6, 0.6);
  ctx.body.push(`<circle cx="${n(w * range(rng, 0.15, 0.85))}" cy="${n(h * 0.22)}" r="${n(h * 0.06)}" fill="${hsl(hue + 50, 60, 92)}" opacity="0.9"/>`);
  const windowsFill = hsl(hue + 180 > 360 ? 45 : 45, 95, 72);
  let windowBudget = 260;
  const layers = [
    { l: 34, top: 0.28, bottom: 0.62, wMin: 0.05, wMax: 0.09, windows: false },
    { l: 22, top: 0.38, bottom: 0.72, wMin: 0.06, wMax: 0.11, windows: true },
    { l: 11, top: 0.5, bottom: 0.8, wMin: 0.07, wMax: 0.13, windows: true },
  ];
  layers.forEach((layer, li) => {
    let x = -range(rng, 0, w * 0.04);
    const rects: string[] = [];
    const wins: string[] = [];
    while (x < w) {
      const bw = w * range(rng, layer.wMin, layer.wMax);
      const top = h * range(rng, layer.top, layer.bottom);
      rects.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(bw + 1)}" height="${n(h - top)}"/>`);
      if (rng() < 0.3) {
        // antenna or stepped roof
        if (rng() < 0.5) {
          rects.push(`<rect x="${n(x + bw / 2 - 2)}" y="${n(top - h * 0.06)}" width="4" height="${n(h * 0.06)}"/>`);
        } else {
          rects.push(`<rect x="${n(x + bw * 0.2)}" y="${n(top - h * 0.03)}" width="${n(bw * 0.6)}" height="${n(h * 0.03 + 1)}"/>`);
        }
      }
      if (layer.windows) {
        const cols = Math.max(2, Math.floor(bw / (w * 0.018)));
        const ww = (bw / cols) * 0.45;
        const wh = h * 0.022;
        const rowGap = h * 0.05;
        const lit = li === 2 ? 0.22 : 0.12;
        for (let yy = top + h * 0.03; yy < h - wh && windowBudget > 0; yy += rowGap) {
          for (let c = 0; c < cols && windowBudget > 0; c++) {
            if (rng() < lit) {
              const wx = x + (c + 0.28) * (bw / cols);
              wins.push(`<rect x="${n(wx)}" y="${n(yy)}" width="${n(ww)}" height="${n(wh)}"/>`);
              windowBudget--;
            }
          }
        }
      }
      x += bw + (rng() < 0.25 ? w * range(rng, 0.005, 0.02) : 0);
    }
    ctx.body.push(`<g fill="${hsl(hue + 10, 35, layer.l)}">${rects.join("")}</g>`);
    if (wins.length) {
      ctx.body.push(`<g fill="${windowsFill}" opacity="${li === 2 ? 0.9 : 0.55}">${wins.join("")}</g>`);
    }
  });
  // waterline reflection
  const water = linear(ctx, "water", [
    [0, hsl(hue + 10, 40, 14)],
    [1, hsl(hue + 10, 50, 6)],
  ]);
  ctx.body.push(`<rect y="${n(h * 0.88)}" width="${w}" height="${n(h * 0.12)}" fill="${water}"/>`);
  const streaks: string[] = [];
  for (let i = 0; i < 26; i++) {
    const sx = range(rng, 0, w);
    const sy = range(rng, h * 0.895, h * 0.99);
    streaks.push(`<rect x="${n(sx)}" y="${n(sy)}" width="${n(range(rng, w * 0.01, w * 0.05))}" height="2"/>`);
  }
  ctx.body.push(`<g fill="${windowsFill}" opacity="0.35">${streaks.join("")}</g>`);
}

function drawCircuit(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 10, 24, 30);
  glow(ctx, 0.5, 0.5, hsl(hue, 90, 60), 0.45, 0.55);
  const cell = Math.max(8, Math.round(Math.min(w, h) / 18));
  const cols = Math.floor(w / cell);
  const rows = Math.floor(h / cell);
  // faint grid dots
  const dots: string[] = [];
  for (let c = 1; c < cols; c += 2) {
    for (let r = 1; r < rows; r += 2) {
      dots.push(`<rect x="${c * cell}" y="${r * cell}" width="2" height="2"/>`);
    }
  }
  ctx.body.push(`<g fill="${hsl(hue, 60, 70)}" opacity="0.18">${dots.join("")}</g>`);
  const chipW = cell * 6;
  const chipH = cell * 4;
  const chipX = Math.round((w / 2 - chipW / 2) / cell) * cell;
  const chipY = Math.round((h / 2 - chipH / 2) / cell) * cell;
  const traces: string[] = [];
  const nodes: string[] = [];
  const traceCount = 34;
  const dirs: Array<[number, number]> = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ];
  for (let i = 0; i < traceCount; i++) {
    // start at the chip edge
    const side = Math.floor(rng() * 4);
    let x: number;
    let y: number;
    let dir: [number, number];
    if (side === 0) {
      x = chipX + chipW;
      y = chipY + cell * (1 + Math.floor(rng() * (chipH / cell - 1)));
      dir = [1, 0];
    } else if (side === 1) {
      x = chipX;
      y = chipY + cell * (1 + Math.floor(rng() * (chipH / cell - 1)));
      dir = [-1, 0];
    } else if (side === 2) {
      x = chipX + cell * (1 + Math.floor(rng() * (chipW / cell - 1)));
      y = chipY + chipH;
      dir = [0, 1];
    } else {
      x = chipX + cell * (1 + Math.floor(rng() * (chipW / cell - 1)));
      y = chipY;
      dir = [0, -1];
    }
    let d = `M${x} ${y}`;
    const segs = 2 + Math.floor(rng() * 4);
    for (let s = 0; s < segs; s++) {
      const len = cell * (1 + Math.floor(rng() * 6));
      x = clamp(x + dir[0] * len, cell, w - cell);
      y = clamp(y + dir[1] * len, cell, h - cell);
      d += ` L${x} ${y}`;
      if (rng() < 0.6) {
        // turn 90 degrees
        const options = dirs.filter(([dx, dy]) => dx !== -dir[0] || dy !== -dir[1]).filter(([dx]) => (dir[0] === 0 ? dx !== 0 : dx === 0));
        dir = pick(rng, options);
      }
    }
    traces.push(`<path d="${d}"/>`);
    const big = rng() < 0.35;
    nodes.push(
      `<circle cx="${x}" cy="${y}" r="${n(big ? cell * 0.32 : cell * 0.2)}"${big ? ` fill="${hsl(hue + 40, 95, 70)}"` : ""}/>`,
    );
  }
  ctx.body.push(
    `<g fill="none" stroke="${hsl(hue, 80, 62)}" stroke-width="${n(Math.max(1.5, cell * 0.12))}" stroke-linejoin="round" stroke-linecap="round" opacity="0.85">${traces.join("")}</g>`,
  );
  ctx.body.push(
    `<g fill="${hsl(hue, 40, 14)}" stroke="${hsl(hue, 85, 72)}" stroke-width="${n(Math.max(1.5, cell * 0.1))}">${nodes.join("")}</g>`,
  );
  const chipFill = linear(ctx, "chip", [
    [0, hsl(hue, 35, 28)],
    [1, hsl(hue, 40, 16)],
  ]);
  ctx.body.push(
    `<rect x="${chipX}" y="${chipY}" width="${chipW}" height="${chipH}" rx="${n(cell * 0.3)}" fill="${chipFill}" stroke="${hsl(hue, 80, 70)}" stroke-width="${n(Math.max(2, cell * 0.12))}"/>`,
  );
  ctx.body.push(
    `<rect x="${n(chipX + cell * 1.5)}" y="${n(chipY + cell)}" width="${n(chipW - cell * 3)}" height="${n(chipH - cell * 2)}" rx="${n(cell * 0.2)}" fill="${hsl(hue + 30, 90, 65)}" opacity="0.8"/>`,
  );
}

function drawBars(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 94, 84, 15);
  const left = w * 0.08;
  const right = w * 0.92;
  const baseY = h * 0.84;
  const topY = h * 0.14;
  const grid: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const y = baseY - ((baseY - topY) * i) / 5;
    grid.push(`<rect x="${n(left)}" y="${n(y)}" width="${n(right - left)}" height="${i === 0 ? 3 : 1}"/>`);
  }
  ctx.body.push(`<g fill="${hsl(hue, 30, 40)}" opacity="0.35">${grid.join("")}</g>`);
  const count = 9 + Math.floor(rng() * 5);
  const slot = (right - left) / count;
  const bw = slot * 0.62;
  let v = range(rng, 0.25, 0.45);
  const pts: Array<[number, number]> = [];
  const bars: string[] = [];
  for (let i = 0; i < count; i++) {
    v = clamp(v + range(rng, -0.12, 0.18), 0.12, 0.95);
    const bh = (baseY - topY) * v;
    const x = left + slot * i + (slot - bw) / 2;
    const y = baseY - bh;
    const l = 38 + (i / count) * 22;
    const fill = linear(ctx, `bar${i}`, [
      [0, hsl(hue + i * 3, 70, l + 8)],
      [1, hsl(hue + i * 3, 65, l - 6)],
    ]);
    bars.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(bw)}" height="${n(bh)}" rx="${n(bw * 0.12)}" fill="${fill}"/>`);
    pts.push([x + bw / 2, y - h * 0.05 - range(rng, 0, h * 0.03)]);
  }
  // shadow bars offset for depth
  ctx.body.push(`<g opacity="0.96">${bars.join("")}</g>`);
  const accent = hsl(hue + 180, 70, 45);
  ctx.body.push(
    `<polyline points="${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(" ")}" fill="none" stroke="${accent}" stroke-width="${n(Math.max(2, h * 0.008))}" stroke-linejoin="round" stroke-linecap="round"/>`,
  );
  ctx.body.push(
    `<g fill="#ffffff" stroke="${accent}" stroke-width="${n(Math.max(2, h * 0.006))}">${pts
      .map(([x, y]) => `<circle cx="${n(x)}" cy="${n(y)}" r="${n(Math.max(3, h * 0.012))}"/>`)
      .join("")}</g>`,
  );
  // decorative large circle in corner
  ctx.body.push(`<circle cx="${n(w * 0.9)}" cy="${n(h * 0.08)}" r="${n(h * 0.25)}" fill="${hsl(hue + 30, 70, 70)}" opacity="0.18"/>`);
}

function drawLeaves(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 86, 62, 30);
  glow(ctx, 0.3, 0.3, "#ffffff", 0.5, 0.5);
  const count = 44;
  const leaves: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = range(rng, -w * 0.05, w * 1.05);
    const y = range(rng, -h * 0.05, h * 1.05);
    const size = Math.min(w, h) * range(rng, 0.06, 0.16) * (0.6 + (i / count) * 0.8);
    const rot = range(rng, -90, 90);
    const lh = hue + range(rng, -25, 25);
    const l = range(rng, 25, 55);
    const op = range(rng, 0.65, 0.95);
    leaves.push(
      `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rot)})" opacity="${n(op)}"><ellipse rx="${n(size)}" ry="${n(size * 0.38)}" fill="${hsl(lh, 55, l)}"/><path d="M${n(-size * 0.95)} 0 L${n(size * 0.95)} 0" stroke="${hsl(lh, 50, l + 18)}" stroke-width="${n(Math.max(1, size * 0.04))}"/></g>`,
    );
  }
  ctx.body.push(leaves.join(""));
}

function drawGrid(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 92, 88, 10);
  const cols = 8;
  const size = w / cols;
  const rows = Math.ceil(h / size);
  const offsetY = (h - rows * size) / 2;
  const palette = [
    hsl(hue, 60, 45),
    hsl(hue, 55, 30),
    hsl(hue + 35, 70, 60),
    hsl(hue - 30, 45, 75),
    hsl(hue + 180, 55, 55),
    hsl(hue, 25, 92),
  ];
  const tiles: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = c * size;
      const y = offsetY + r * size;
      const bg = pick(rng, palette);
      let fg = pick(rng, palette);
      if (fg === bg) fg = palette[(palette.indexOf(bg) + 2) % palette.length] as string;
      tiles.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(size + 0.5)}" height="${n(size + 0.5)}" fill="${bg}"/>`);
      const kind = Math.floor(rng() * 6);
      if (kind === 0) {
        tiles.push(`<circle cx="${n(x + size / 2)}" cy="${n(y + size / 2)}" r="${n(size * 0.34)}" fill="${fg}"/>`);
      } else if (kind === 1) {
        const corner = Math.floor(rng() * 4);
        const cx = corner % 2 === 0 ? x : x + size;
        const cy = corner < 2 ? y : y + size;
        const sx = corner % 2 === 0 ? 1 : -1;
        const sy = corner < 2 ? 1 : -1;
        const sweep = sx * sy > 0 ? 1 : 0;
        tiles.push(
          `<path d="M${n(cx)} ${n(cy)} L${n(cx + sx * size)} ${n(cy)} A${n(size)} ${n(size)} 0 0 ${sweep} ${n(cx)} ${n(cy + sy * size)} Z" fill="${fg}"/>`,
        );
      } else if (kind === 2) {
        tiles.push(`<polygon points="${n(x)},${n(y)} ${n(x + size)},${n(y)} ${n(x)},${n(y + size)}" fill="${fg}"/>`);
      } else if (kind === 3) {
        tiles.push(`<rect x="${n(x + size * 0.25)}" y="${n(y + size * 0.25)}" width="${n(size * 0.5)}" height="${n(size * 0.5)}" fill="${fg}"/>`);
      } else if (kind === 4) {
        tiles.push(`<rect x="${n(x)}" y="${n(y + size * 0.5)}" width="${n(size + 0.5)}" height="${n(size * 0.5)}" fill="${fg}"/>`);
      }
    }
  }
  ctx.body.push(tiles.join(""));
  // soft overlay gradient for depth
  const shade = linear(ctx, "shade", [
    [0, "#ffffff", 0.12],
    [1, "#000000", 0.18],
  ], 1, 1);
  ctx.body.push(`<rect width="${w}" height="${h}" fill="${shade}"/>`);
}

function drawSun(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  const warm = hue;
  background(ctx, 70, 55, 25);
  const cx = w * range(rng, 0.35, 0.65);
  const cy = h * 0.62;
  const r = h * 0.2;
  // rays
  const rays: string[] = [];
  const count = 28;
  const spin = range(rng, 0, Math.PI);
  const far = Math.hypot(w, h);
  for (let i = 0; i < count; i++) {
    const a0 = spin + (i / count) * Math.PI * 2;
    const a1 = a0 + (Math.PI * 2) / count / 2;
    rays.push(
      `<polygon points="${n(cx)},${n(cy)} ${n(cx + Math.cos(a0) * far)},${n(cy + Math.sin(a0) * far)} ${n(cx + Math.cos(a1) * far)},${n(cy + Math.sin(a1) * far)}"/>`,
    );
  }
  ctx.body.push(`<g fill="${hsl(warm + 20, 95, 88)}" opacity="0.28">${rays.join("")}</g>`);
  glow(ctx, cx / w, cy / h, hsl(warm + 30, 100, 90), 0.85, 0.35);
  // concentric rings
  for (let i = 4; i >= 1; i--) {
    ctx.body.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * (1 + i * 0.22))}" fill="${hsl(warm + 25, 95, 80)}" opacity="${n(0.12)}"/>`);
  }
  const sunFill = linear(ctx, "sunfill", [
    [0, hsl(warm + 22, 100, 82)],
    [1, hsl(warm + 5, 95, 58)],
  ]);
  ctx.body.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${sunFill}"/>`);
  // sea below horizon
  const horizon = h * 0.7;
  const sea = linear(ctx, "sea", [
    [0, hsl(212 + warm * 0.06, 45, 36)],
    [1, hsl(222 + warm * 0.06, 55, 16)],
  ]);
  ctx.body.push(`<rect y="${n(horizon)}" width="${w}" height="${n(h - horizon)}" fill="${sea}"/>`);
  // reflection bars
  const refl: string[] = [];
  for (let i = 0; i < 9; i++) {
    const y = horizon + (h - horizon) * (0.08 + i * 0.1);
    const bw = r * 2 * (1 - i * 0.08) * range(rng, 0.7, 1.1);
    refl.push(`<rect x="${n(cx - bw / 2)}" y="${n(y)}" width="${n(bw)}" height="${n(Math.max(2, h * 0.008))}" rx="2"/>`);
  }
  ctx.body.push(`<g fill="${hsl(warm + 18, 100, 80)}" opacity="0.7">${refl.join("")}</g>`);
}

function drawMountains(ctx: Ctx): void {
  const { w, h, hue, rng } = ctx;
  background(ctx, 84, 66, -25);
  const sx = w * range(rng, 0.2, 0.8);
  glow(ctx, sx / w, 0.17, hsl(hue + 40, 95, 92), 0.8, 0.4);
  ctx.body.push(`<circle cx="${n(sx)}" cy="${n(h * 0.17)}" r="${n(h * 0.08)}" fill="${hsl(hue + 40, 90, 94)}"/>`);
  const layers = 5;
  for (let i = 0; i < layers; i++) {
    const t = i / (layers - 1);
    const base = h * (0.45 + t * 0.3);
    const peakH = h * (0.28 - t * 0.12);
    const peaks = 3 + Math.floor(rng() * 4) + i;
    const pts: string[] = [`0,${n(h)}`];
    let x = 0;
    pts.push(`0,${n(base - range(rng, 0, peakH * 0.4))}`);
    const step = w / peaks;
    const snow: string[] = [];
    for (let p = 0; p < peaks; p++) {
      const px = x + step * range(rng, 0.35, 0.65);
      const py = base - peakH * range(rng, 0.55, 1.1);
      const vx = x + step;
      const vy = base - peakH * range(rng, 0.05, 0.35);
      // small shoulder for a jagged ridge
      const shx = px + (vx - px) * 0.4;
      const shy = py + (vy - py) * range(rng, 0.2, 0.5);
      pts.push(`${n(px)},${n(py)}`, `${n(shx)},${n(shy)}`, `${n(vx)},${n(vy)}`);
      if (i < 2 && peakH * 0.9 < base - py) {
        const sw = step * 0.09;
        const depth = (base - py) * 0.16;
        snow.push(`<polygon points="${n(px)},${n(py)} ${n(px + sw)},${n(py + depth)} ${n(px + sw * 0.3)},${n(py + depth * 0.75)} ${n(px - sw * 0.4)},${n(py + depth * 1.05)} ${n(px - sw)},${n(py + depth)}"/>`);
      }
      x = vx;
    }
    pts.push(`${n(w)},${n(h)}`);
    const fill = linear(ctx, `mt${i}`, [
      [0, hsl(hue + 10 - t * 20, 30 + t * 15, 62 - t * 45)],
      [1, hsl(hue + 20 - t * 20, 35 + t * 10, 48 - t * 38)],
    ]);
    ctx.body.push(`<polygon points="${pts.join(" ")}" fill="${fill}"/>`);
    if (snow.length) ctx.body.push(`<g fill="#ffffff" opacity="${n(0.75 - t * 0.3)}">${snow.join("")}</g>`);
    // mist between layers
    if (i < layers - 1) {
      const mist = linear(ctx, `mist${i}`, [
        [0, "#ffffff", 0],
        [1, "#ffffff", 0.22],
      ]);
      ctx.body.push(`<rect y="${n(base - peakH * 0.2)}" width="${w}" height="${n(h * 0.18)}" fill="${mist}"/>`);
    }
  }
}

const motifs: Record<DemoArt["motif"], (ctx: Ctx) => void> = {
  waves: drawWaves,
  skyline: drawSkyline,
  circuit: drawCircuit,
  bars: drawBars,
  leaves: drawLeaves,
  grid: drawGrid,
  sun: drawSun,
  mountains: drawMountains,
};

/** Abstract editorial illustration for an article, deterministic from `seed`. */
export function heroArtwork(art: DemoArt, width: number, height: number, seed: number): string {
  const w = Math.max(16, Math.round(width));
  const h = Math.max(16, Math.round(height));
  const ctx: Ctx = {
    w,
    h,
    hue: ((Math.round(art.hue) % 360) + 360) % 360,
    rng: mulberry32((seed ^ hashString(art.motif)) >>> 0),
    defs: [],
    body: [],
  };
  motifs[art.motif](ctx);
  // gentle vignette so all motifs share an editorial finish
  const vignette = radial(ctx, "vignette", 0.5, 0.5, 0.75, "#000000", 0);
  ctx.defs.pop();
  ctx.defs.push(
    `<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.22"/></radialGradient>`,
  );
  ctx.body.push(`<rect width="${w}" height="${h}" fill="${vignette}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${ctx.defs.join("")}</defs>${ctx.body.join("")}</svg>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) =>
    c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : c === '"' ? "&quot;" : "&apos;",
  );
}

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
