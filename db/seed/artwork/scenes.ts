import { hsl, n, range, linear, background, glow } from "./canvas";
import type { Ctx } from "./canvas";

/** Motifs that are places: waves, a skyline, a sun over the sea, mountain ridges. */

export function drawWaves(ctx: Ctx): void {
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

export function drawSkyline(ctx: Ctx): void {
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

export function drawSun(ctx: Ctx): void {
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

export function drawMountains(ctx: Ctx): void {
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
