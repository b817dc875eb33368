import { describe, expect, it } from "vitest";
import { parseWrk } from "./wrk";
import { wrkRoundSeconds } from "./wrk-rounds";

const mixedOutput = `Running 3s test @ http://127.0.0.1:3999
  1 threads and 32 connections
  Latency Distribution
     50%    1.02ms
     75%    1.40ms
     90%    2.10ms
     99%   10.71ms
  42813 requests in 3.01s, 228.03MB read
Requests/sec:  14222.75
Transfer/sec:     75.75MB
beacons answered: counted 3888, uncounted 2
pages before the last half second: 38859 in 2.500 s
`;

describe("parseWrk", () => {
  it("takes the rate from the script's pages before the last half second, not from wrk's requests/second", () => {
    expect(parseWrk(mixedOutput)).toEqual({
      rps: 38859 / 2.5,
      p50: 1.02,
      p99: 10.71,
      non2xx: 0,
      errors: 0,
      total: 38859,
      tally: { pagesInWindow: 38859, seconds: 2.5, beacons: { counted: 3888, uncounted: 2 } },
    });
  });

  it("gives no beacons for a run without them", () => {
    const pagesOnly = mixedOutput.replace(/beacons answered.*\n/, "");
    expect(parseWrk(pagesOnly).tally).toEqual({ pagesInWindow: 38859, seconds: 2.5 });
  });

  it("refuses output without the script's tally", () => {
    expect(() => parseWrk(mixedOutput.split("beacons answered")[0])).toThrow(/no tally of pages/);
  });

  it("reads non-2xx answers and socket errors", () => {
    const troubled = mixedOutput.replace("Requests/sec", "  Socket errors: connect 0, read 2, write 0, timeout 3\n  Non-2xx or 3xx responses: 7\nRequests/sec");
    expect(parseWrk(troubled)).toMatchObject({ non2xx: 7, errors: 5 });
  });
});

describe("wrkRoundSeconds", () => {
  it("makes a row's rounds add up to about three times the duration, each at least 2 s long", () => {
    expect(wrkRoundSeconds(10)).toBe(3);
    expect(wrkRoundSeconds(20)).toBe(6);
    expect(wrkRoundSeconds(1)).toBe(2);
  });
});
