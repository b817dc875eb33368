import { describe, expect, it, vi } from "vitest";
import { notStoredReply, type BeaconReply } from "@/lib/views/count-view";
import { createWorkerViewCounter } from "./worker-view-counter";

// A stand-in for lib/server/view-count-worker.mjs: ready at once, then it answers a batch or dies, as the beacon asks.
const stubWorker = new URL(
  "data:text/javascript," +
    encodeURIComponent(`
      import { parentPort } from "node:worker_threads";
      parentPort.on("message", ({ id, beacons }) => {
        if (beacons.some((beacon) => beacon.articleId === 0)) process.exit(1);
        parentPort.postMessage({ id, replies: beacons.map((beacon) => ({ status: 200, body: String(beacon.articleId) })) });
      });
      parentPort.postMessage({ ready: true });
    `),
);

const countOnce = (count: Awaited<ReturnType<typeof createWorkerViewCounter>>, articleId: number) =>
  new Promise<BeaconReply>((resolve) => count({ articleId, headers: {} }, resolve));

describe("the beacon's worker view counter", () => {
  it("answers each beacon of a batch with the worker's reply for it", async () => {
    const count = await createWorkerViewCounter("unused.db", stubWorker);
    expect(await Promise.all([countOnce(count, 1), countOnce(count, 2), countOnce(count, 3)])).toEqual(["1", "2", "3"].map((body) => ({ status: 200, body })));
  });

  it("answers the beacons a dead worker held as not stored, and starts another for the next", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const count = await createWorkerViewCounter("unused.db", stubWorker);
    // Both go in the batch that kills the worker.
    expect(await Promise.all([countOnce(count, 5), countOnce(count, 0)])).toEqual([notStoredReply, notStoredReply]);
    expect(logged).toHaveBeenCalledWith("view beacon:", expect.objectContaining({ message: "The view counter stopped before answering." }));
    expect(await countOnce(count, 6)).toEqual({ status: 200, body: "6" });
    logged.mockRestore();
  });
});
