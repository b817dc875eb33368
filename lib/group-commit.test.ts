import { describe, expect, it, vi } from "vitest";
import { eachWindow, groupCommit } from "./group-commit";

describe("group commit", () => {
  it("commits what arrived in one turn of the event loop together, and later arrivals apart", async () => {
    const batches: number[][] = [];
    const commitLater = groupCommit((batch: number[]) => (batches.push(batch), batch.map((n) => n * 10)));
    const first = [commitLater(1), commitLater(2), commitLater(3)];
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = commitLater(4);
    expect(await Promise.all([...first, second])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it("settles nothing before its commit has, and rejects a failed batch whole", async () => {
    let finish: (results: string[]) => void = () => {};
    const commitLater = groupCommit((batch: string[]) => new Promise<string[]>((resolve) => (finish = () => resolve(batch))));
    let settled = false;
    const stored = commitLater("a").then((result) => ((settled = true), result));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    finish([]);
    expect(await stored).toBe("a");

    const failing = groupCommit((): string[] => {
      throw new Error("disk full");
    });
    const results = await Promise.allSettled([failing("x"), failing("y")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });
});

describe("gathering by window", () => {
  it("hands over together what arrives within the window of the first, and starts a new batch after it", () => {
    vi.useFakeTimers();
    try {
      const batches: number[][] = [];
      const gather = eachWindow(2, (batch: number[]) => batches.push(batch));
      gather(1);
      vi.advanceTimersByTime(1);
      gather(2);
      expect(batches).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(batches).toEqual([[1, 2]]);
      gather(3);
      vi.advanceTimersByTime(1);
      expect(batches).toEqual([[1, 2]]);
      vi.advanceTimersByTime(1);
      expect(batches).toEqual([[1, 2], [3]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
