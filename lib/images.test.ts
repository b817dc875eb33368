import { describe, expect, it } from "vitest";
import { imageWidthsFor, singleImageWidth } from "./images";

describe("singleImageWidth", () => {
  it.each([
    [2400, 1280],
    [1280, 1280],
    [1279, 640],
    [640, 640],
    [500, 500],
  ])("of an original %i px wide is %i px, a width it is stored at", (original, width) => {
    expect(singleImageWidth(original)).toBe(width);
    expect(imageWidthsFor(original)).toContain(width);
  });
});
