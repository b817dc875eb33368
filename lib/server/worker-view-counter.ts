import { Worker } from "node:worker_threads";
import { groupCommit } from "@/lib/group-commit";
import type { BeaconReply } from "@/lib/views/count-view";
import type { Beacon } from "./beacon-counting";

type Reply = { ready: true } | { id: number; replies: BeaconReply[] };

/**
 * The beacon's view counter: beacons are gathered into batches here, as db/queries/view-counter.ts gathers views, and
 * a worker thread (lib/server/view-count-worker.mjs) applies the counting rules to each batch, commits it and
 * answers, so the thread that answers requests spends almost nothing on counting. A promise settles only when the
 * worker has answered after its commit. If the worker dies, the batches it held are rejected and the next one starts
 * a new worker. Resolves once the worker is ready: it takes a few hundred milliseconds to load, which the first
 * beacons must not wait.
 */
export async function createWorkerViewCounter(databaseFile: string): Promise<(beacon: Beacon) => Promise<BeaconReply>> {
  const waiting = new Map<number, { resolve(replies: BeaconReply[]): void; reject(error: Error): void }>();
  let nextId = 0;
  let worker: Worker | null = null;

  function start(): Worker {
    const started = new Worker(new URL("./view-count-worker.mjs", import.meta.url), { workerData: { file: databaseFile } });
    started.unref();
    started.on("message", (reply: Reply) => {
      if ("ready" in reply) return;
      waiting.get(reply.id)?.resolve(reply.replies);
      waiting.delete(reply.id);
    });
    started.on("error", (error) => console.error("view counter worker:", error));
    started.on("exit", () => {
      worker = null;
      for (const call of waiting.values()) call.reject(new Error("The view counter stopped before answering."));
      waiting.clear();
    });
    return started;
  }

  function ask(beacons: Beacon[]): Promise<BeaconReply[]> {
    const target = (worker ??= start());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      target.postMessage({ id, beacons });
    });
  }

  await new Promise((resolve, reject) => {
    const first = start();
    first.once("message", resolve);
    first.once("exit", (code) => reject(new Error(`The view counter's worker stopped while starting (exit code ${code}).`)));
    worker = first;
  });
  return groupCommit(ask);
}
