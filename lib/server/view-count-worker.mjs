// A worker thread of the production server that counts the views lib/server/view-beacon.ts receives. The queries and
// the commit of each batch run here, beside the thread that answers every request, which only passes batches over
// and the answers back (lib/server/worker-view-counter.ts): counting on that thread cost it more than serving a page.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { openSqlite } = await tsImport("../../db/connection.ts", import.meta.url);
const { createViewBatches } = await tsImport("../../db/queries/view-counter.ts", import.meta.url);

const sqlite = openSqlite(workerData.file);
// Commits come by the hundred a second under a spike: lib/server/checkpoint-worker.mjs checkpoints in its own thread.
sqlite.pragma("wal_autocheckpoint = 0");
const batches = createViewBatches(sqlite);

parentPort.on("message", ({ id, views, read }) => {
  try {
    const results = views ? batches.count(views) : [batches.read(read.articleId, read.now)];
    parentPort.postMessage({ id, results });
  } catch (error) {
    // Nothing of the batch was stored (one transaction): its views are refused, not acknowledged.
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
