import type { DemoArt } from "../demo/articles";
import { mulberry32, hashString, radial, type Ctx } from "./canvas";
import { drawBars, drawCircuit, drawGrid, drawLeaves } from "./patterns";
import { drawMountains, drawSkyline, drawSun, drawWaves } from "./scenes";

export { avatarArtwork } from "./avatar";

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
