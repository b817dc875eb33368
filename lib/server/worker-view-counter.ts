import { Worker } from "node:worker_threads";
import { eachTurn } from "@/lib/group-commit";
import { notStoredReply, type BeaconReply } from "@/lib/views/count-view";
import type { Beacon } from "./beacon-counting";

type Reply = { ready: true } | { id: number; replies: BeaconReply[] };
type Answer = (reply: BeaconReply) => void;

/** Counts a beacon and calls `answer` with what to reply, once its view is stored (or could not be). */
export type CountBeacon = (beacon: Beacon, answer: Answer) => void;

/**
 * The beacon's view counter: the beacons that arrive in one turn of the event loop go together to a worker thread
 * (lib/server/view-count-worker.mjs), which applies the counting rules to the batch, commits it and answers, so the
 * thread that answers requests spends almost nothing on counting. An answer comes only after the worker's commit; if
 * the worker dies, the beacons it held are answered as not stored and the next batch starts a new worker.
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

  const send = eachTurn<{ beacon: Beacon; answer: Answer }>((batch) => {
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
