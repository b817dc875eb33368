import { describe, expect, it } from "vitest";
import { highlightPieces, matchEnd, matchStart, toMatchExpression } from "./query";

describe("toMatchExpression", () => {
  it.each([
    ["harbour", '"harbour"'],
    ["harbour council", '"harbour" "council"'],
    ['"south basin" dredging', '"south basin" "dredging"'],
    ["Café  Zürich", '"Café" "Zürich"'],
    ["AND OR NOT", '"AND" "OR" "NOT"'],
    ["title:harbour", '"title" "harbour"'],
    ["harb*", '"harb"'],
    ["(unbalanced", '"unbalanced"'],
    ['"unclosed quote', '"unclosed" "quote"'],
    ["NEAR(a b, 3)", '"NEAR" "a" "b" "3"'],
    ["-minus +plus ^caret", '"minus" "plus" "caret"'],
    ["fish 🐟 chips", '"fish" "chips"'],
  ])("%s → %s", (input, expected) => {
    expect(toMatchExpression(input)).toBe(expected);
  });

  it.each(["", "   ", "*", '"', '""', "()", "🐟🐟", "-- ;", "^", ":"])("finds nothing to search in %j", (input) => {
    expect(toMatchExpression(input)).toBeNull();
  });

  it("keeps a 2,000-character query to a bounded number of terms", () => {
    const expression = toMatchExpression("word ".repeat(400))!;
    expect(expression.split(" ").length).toBeLessThanOrEqual(12);
  });
});

describe("highlightPieces", () => {
  it("splits marked matches from plain text, which stays text", () => {
    expect(highlightPieces(`a ${matchStart}harbour${matchEnd} <b>x</b>`)).toEqual([
      { text: "a ", match: false },
      { text: "harbour", match: true },
      { text: " <b>x</b>", match: false },
    ]);
  });

  it("survives stray markers", () => {
    expect(highlightPieces(`${matchEnd}x${matchStart}`)).toEqual([{ text: "x", match: false }]);
  });
});
