import { describe, expect, it } from "vitest";
import { combineRounds, roundOrder } from "./rounds";

const round = (rps: number, p50: number, p99: number, extra: Partial<{ non2xx: number; errors: number }> = {}) => ({ rps, p50, p99, non2xx: 0, errors: 0, total: rps * 3, ...extra });

describe("roundOrder", () => {
  it("keeps the listed order in even rounds and reverses it in odd ones, without changing the list", () => {
    const list = ["about", "article", "home"];
    expect(roundOrder(list, 0)).toEqual(["about", "article", "home"]);
    expect(roundOrder(list, 1)).toEqual(["home", "article", "about"]);
    expect(roundOrder(list, 2)).toEqual(["about", "article", "home"]);
    expect(list).toEqual(["about", "article", "home"]);
  });
});

describe("combineRounds", () => {
  it("averages the rate, sums the counts, takes the median p50 and the worst p99", () => {
    const combined = combineRounds([round(30_000, 1.2, 9), round(15_000, 2.4, 30, { non2xx: 2 }), round(24_000, 1.5, 12, { errors: 1 })]);
    expect(combined).toEqual({ rps: 23_000, p50: 1.5, p99: 30, non2xx: 2, errors: 1, total: 207_000 });
  });

  it("takes the lower middle p50 of an even number of rounds, and passes one round through", () => {
    expect(combineRounds([round(10, 4, 5), round(10, 1, 5), round(10, 3, 5), round(10, 2, 5)]).p50).toBe(2);
    expect(combineRounds([round(100, 1, 2)])).toEqual(round(100, 1, 2));
  });

  it("refuses no rounds at all", () => {
    expect(() => combineRounds([])).toThrow(/at least one round/);
  });
});
