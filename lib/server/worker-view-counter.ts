import { Worker } from "node:worker_threads";
import { batchWindowMs, type ViewResult, type ViewToCount } from "@/db/queries/view-counter";
import { groupCommit } from "@/lib/group-commit";
import type { Visitor } from "@/lib/views/visitor";

type Request = { views: ViewToCount[] } | { read: { articleId: number; now: Date } };
type Reply = { ready: true } | { id: number; results: ViewResult[] } | { id: number; error: string };

/**
 * The beacon's view counter: views are gathered into batches here, as db/queries/view-counter.ts gathers them, and
 * each batch is counted and committed by a worker thread (lib/server/view-count-worker.mjs), so the thread that
 * answers requests spends almost nothing on counting. A promise settles only when the worker has answered after its
 * commit. If the worker dies, the batches it held are rejected and the next one starts a new worker.
 * Resolves once the worker is ready: it takes a few hundred milliseconds to load, which the first views must not wait.
 */
export async function createWorkerViewCounter(databaseFile: string) {
  const waiting = new Map<number, { resolve(results: ViewResult[]): void; reject(error: Error): void }>();
  let nextId = 0;
  let worker: Worker | null = null;

  function start(): Worker {
    const started = new Worker(new URL("./view-count-worker.mjs", import.meta.url), { workerData: { file: databaseFile } });
    started.unref();
    started.on("message", (reply: Reply) => {
      if ("ready" in reply) return;
      const call = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ("error" in reply) call?.reject(new Error(reply.error));
      else call?.resolve(reply.results);
    });
    started.on("error", (error) => console.error("view counter worker:", error));
    started.on("exit", () => {
      worker = null;
      for (const call of waiting.values()) call.reject(new Error("The view counter stopped before answering."));
      waiting.clear();
    });
    return started;
  }

  function ask(request: Request): Promise<ViewResult[]> {
    const target = (worker ??= start());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      target.postMessage({ id, ...request });
    });
  }

  await new Promise((resolve, reject) => {
    const first = start();
    first.once("message", resolve);
    first.once("exit", (code) => reject(new Error(`The view counter's worker stopped while starting (exit code ${code}).`)));
    worker = first;
  });
  const countLater = groupCommit((views: ViewToCount[]) => ask({ views }), batchWindowMs);
  return {
    record: (articleId: number, visitor: Visitor, now: Date, timeZone: string) => countLater({ articleId, visitor, now, timeZone }),
    read: async (articleId: number, now: Date) => (await ask({ read: { articleId, now } }))[0],
  };
}
