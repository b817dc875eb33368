// A worker thread of the production server (lib/server/serve.mjs) that copies the write-ahead log back into the
// database file once a second. A checkpoint waits for the disk (fsync); run by the connection that committed, as
// SQLite does by default, it would stall the thread that answers every request for that long. The view counter's
// connection turns automatic checkpoints off for this reason (lib/server/view-count-worker.mjs).
// First PASSIVE, which makes nobody wait and copies nearly everything; then RESTART for the frames written meanwhile,
// which holds writers back for that short remainder only. Without it, under a steady stream of commits the log would
// never be fully copied at any moment, so it could never start over, and would grow without end.
import { workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
setInterval(() => {
  db.pragma("wal_checkpoint(PASSIVE)");
  db.pragma("wal_checkpoint(RESTART)");
}, 1000);
