import { describe, expect, it } from "vitest";
import { shortenAtWord } from "./text";

describe("shortenAtWord", () => {
  it("cuts a single word longer than the limit inside it, leaving room for the ellipsis", () => {
    expect(shortenAtWord("Donaudampfschifffahrt", 10)).toBe("Donaudamp…");
  });

  it("drops the spaces before the cut", () => {
    expect(shortenAtWord("Tides   and times", 10)).toBe("Tides…");
  });
});
