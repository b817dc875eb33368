import { clamp, hsl, n, range, pick, linear, background, glow } from "./canvas";
import type { Ctx } from "./canvas";

/** Motifs that are patterns: a circuit, chart bars, leaves, a tiled grid. */

export function drawCircuit(ctx: Ctx): void {
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

export function drawBars(ctx: Ctx): void {
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

export function drawLeaves(ctx: Ctx): void {
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

export function drawGrid(ctx: Ctx): void {
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
