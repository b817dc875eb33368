// A worker thread of the production server that counts the views lib/server/view-beacon.ts receives. The counting
// rules, the queries and the commit of each batch run here, beside the thread that answers every request, which only
// passes batches of beacons over and writes the answers back (lib/server/worker-view-counter.ts): counting on that
// thread cost it more than serving a page.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { openSqlite } = await tsImport("../../db/connection.ts", import.meta.url);
const { createBeaconCounting } = await tsImport("./beacon-counting.ts", import.meta.url);

const sqlite = openSqlite(workerData.file);
// Commits come by the hundred a second under a spike: lib/server/checkpoint-worker.mjs checkpoints in its own thread.
sqlite.pragma("wal_autocheckpoint = 0");
const countBeacons = createBeaconCounting(sqlite);

parentPort.on("message", ({ id, beacons }) => {
  parentPort.postMessage({ id, replies: countBeacons(beacons) });
});
parentPort.postMessage({ ready: true });
