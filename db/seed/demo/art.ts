import type { DemoArt } from "./articles";

/** Shorthand for an article image's artwork: a hue in degrees and the motif that db/seed/artwork draws. */
export const art = (hue: number, motif: DemoArt["motif"]): DemoArt => ({ hue, motif });
