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
pages while beacons were sent: 38859 in 2.500 s
`;

describe("parseWrk", () => {
  it("reads the rate, the latencies and the mixed script's tally of beacons and pages", () => {
    expect(parseWrk(mixedOutput)).toEqual({
      rps: 14222.75,
      p50: 1.02,
      p99: 10.71,
      non2xx: 0,
      errors: 0,
      total: 42813,
      beacons: { counted: 3888, uncounted: 2, pagesWhileSent: 38859, seconds: 2.5 },
    });
  });

  it("gives no tally for a plain run", () => {
    expect(parseWrk(mixedOutput.split("beacons answered")[0]).beacons).toBeUndefined();
  });
});

describe("wrkRoundSeconds", () => {
  it("makes a row's rounds add up to about three times the duration, each at least 2 s long", () => {
    expect(wrkRoundSeconds(10)).toBe(3);
    expect(wrkRoundSeconds(20)).toBe(6);
    expect(wrkRoundSeconds(1)).toBe(2);
  });
});
