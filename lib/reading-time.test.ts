import { describe, expect, it } from "vitest";
import { readingMinutes } from "./reading-time";

describe("readingMinutes", () => {
  it("reads 275 words a minute and adds 12 seconds for a hero image", () => {
    expect(readingMinutes("word ".repeat(550), false)).toBe(2);
    // 1,100 words is 4 minutes; the hero's 12 seconds do not reach the next minute.
    expect(readingMinutes("word ".repeat(1100), true)).toBe(4);
    // 1,210 words is 4.4 minutes, 4.6 with the image: 5.
    expect(readingMinutes("word ".repeat(1210), true)).toBe(5);
  });

  it("never says zero minutes", () => {
    expect(readingMinutes("", false)).toBe(1);
  });
});
