import { Worker } from "node:worker_threads";
import { eachWindow } from "@/lib/group-commit";
import { notStoredReply, type BeaconReply } from "@/lib/views/count-view";
import type { Beacon } from "./beacon-counting";

// How long the first beacon of a batch waits for others to go with it to the worker (why: below).
const gatherMs = 2;

type Reply = { ready: true } | { id: number; replies: BeaconReply[] };
type Answer = (reply: BeaconReply) => void;

/** Counts a beacon and calls `answer` with what to reply, once its view is stored (or could not be). */
export type CountBeacon = (beacon: Beacon, answer: Answer) => void;

/**
 * The beacon's view counter: the beacons that arrive within a short window go together to a worker thread
 * (lib/server/view-count-worker.mjs), which applies the counting rules to the batch, commits it and answers, so the
 * thread that answers requests spends almost nothing on counting. An answer comes only after the worker's commit; if
 * the worker dies, the beacons it held are answered as not stored and the next batch starts a new worker.
 *
 * The window: most of what a batch costs is per batch, not per beacon. Waking the sleeping worker took this thread
 * 20-25 us a message, and the worker spent 75-85 us of CPU a beacon when each turn's beacons went at once, about
 * 50 us when they were gathered for 2 ms, about 40 us for 5 ms. Held beacons hold their connections, though: with the
 * gathering switched every 2 s under wrk, the article page with beacons ran 3.0-4.3% faster with 1 or 2 ms, 1.2-3.6%
 * with 3 or 5 ms, and 7% slower with 10 ms than with none.
 *
 * Callbacks rather than promises: Next's AsyncLocalStorage runs async hooks for every promise this thread makes, and a
 * beacon took three (in perf samples, its share of this thread fell from about 8% to 7%). Resolves once the worker is ready: it
 * takes a few hundred milliseconds to load, which the first beacons must not wait.
 */
export async function createWorkerViewCounter(
  databaseFile: string,
  workerScript = new URL("./view-count-worker.mjs", import.meta.url),
): Promise<CountBeacon> {
  const waiting = new Map<number, Answer[]>();
  let nextId = 0;
  let worker: Worker | null = null;

  function notStored(answers: Answer[], error: unknown) {
    console.error("view beacon:", error);
    for (const answer of answers) answer(notStoredReply);
  }

  function start(): Worker {
    const started = new Worker(workerScript, { workerData: { file: databaseFile } });
    started.unref();
    started.on("message", (reply: Reply) => {
      if ("ready" in reply) return;
      const answers = waiting.get(reply.id);
      waiting.delete(reply.id);
      answers?.forEach((answer, i) => answer(reply.replies[i]));
    });
    started.on("error", (error) => console.error("view counter worker:", error));
    started.on("exit", () => {
      worker = null;
      const stranded = [...waiting.values()].flat();
      waiting.clear();
      // Not stored, so not acknowledged: the readers' next visits count instead.
      if (stranded.length > 0) notStored(stranded, new Error("The view counter stopped before answering."));
    });
    return started;
  }

  const send = eachWindow<{ beacon: Beacon; answer: Answer }>(gatherMs, (batch) => {
    const answers = batch.map(({ answer }) => answer);
    try {
      const target = (worker ??= start());
      const id = nextId++;
      target.postMessage({ id, beacons: batch.map(({ beacon }) => beacon) });
      // The worker's answer comes in a later turn, so after this.
      waiting.set(id, answers);
    } catch (error) {
      notStored(answers, error);
    }
  });

  await new Promise((resolve, reject) => {
    const first = start();
    first.once("message", resolve);
    first.once("exit", (code) => reject(new Error(`The view counter's worker stopped while starting (exit code ${code}).`)));
    worker = first;
  });
  return (beacon, answer) => send({ beacon, answer });
}
