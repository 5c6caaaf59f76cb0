// Worker thread that owns the embedded database. PGlite runs PostgreSQL compiled to WebAssembly
// synchronously on the thread that calls it; here, a long query holds this thread, never the one
// that serves HTTP. Plain JavaScript (no loader needed): it only speaks the small message protocol
// of pgliteClient.ts — one statement, or a transaction opened and closed by messages.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const identity = (value) => value;

/** Errors cross threads as plain objects; PostgreSQL's fields (code, constraint, detail…) kept. */
function serializeError(error) {
  const out = {
    name: error?.name ?? 'Error',
    message: error?.message ?? String(error),
    stack: error?.stack,
  };
  if (error && typeof error === 'object') {
    for (const [key, value] of Object.entries(error)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        out[key] = value;
    }
  }
  return out;
}

/** Text, not parsed values, for the types whose parser lives on the calling thread. */
function options(message) {
  const result = {};
  if (message.rowMode) result.rowMode = message.rowMode;
  if (message.rawTypes?.length)
    result.parsers = Object.fromEntries(message.rawTypes.map((oid) => [oid, identity]));
  if (message.blob) result.blob = new Blob([message.blob]);
  return result;
}

const plain = (result) => ({
  rows: result.rows,
  fields: result.fields,
  affectedRows: result.affectedRows,
});

// In memory, optionally started from a dumped data directory (a test template: no initdb, no migrations).
const db = workerData.dataDir
  ? new PGlite(workerData.dataDir)
  : workerData.loadDataDir
    ? new PGlite({ loadDataDir: new Blob([readFileSync(workerData.loadDataDir)]) })
    : new PGlite();
/** The open transaction: its handle and how to end it. One at a time (the caller schedules). */
let open = null;

async function handle(message) {
  switch (message.op) {
    case 'ready':
      await db.waitReady;
      return null;
    case 'query': {
      const target = message.tx ? open?.tx : db;
      if (!target) throw new Error('the transaction is closed');
      return plain(await target.query(message.text, message.params ?? [], options(message)));
    }
    case 'exec': {
      const target = message.tx ? open?.tx : db;
      if (!target) throw new Error('the transaction is closed');
      return (await target.exec(message.text)).map(plain);
    }
    case 'begin': {
      if (open) throw new Error('a transaction is already open');
      let started;
      const ready = new Promise((resolve) => (started = resolve));
      const state = { tx: null, end: null, done: null };
      state.done = db
        .transaction(
          (tx) =>
            new Promise((resolve, reject) => {
              state.tx = tx;
              state.end = { resolve, reject };
              started();
            }),
        )
        .finally(() => {
          if (open === state) open = null;
        });
      // A BEGIN that fails rejects `done` before `ready` resolves.
      await Promise.race([ready, state.done]);
      open = state;
      return null;
    }
    case 'commit':
    case 'rollback': {
      const state = open;
      if (!state) throw new Error('no open transaction');
      if (message.op === 'commit') state.end.resolve();
      else state.end.reject(Object.assign(new Error('rolled back'), { rolledBack: true }));
      try {
        await state.done;
      } catch (error) {
        if (!error?.rolledBack) throw error;
      }
      return null;
    }
    case 'dump': {
      // The data directory as an uncompressed tar, for a template (tests).
      const blob = await db.dumpDataDir('none');
      return { tar: new Uint8Array(await blob.arrayBuffer()) };
    }
    case 'close':
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: serializeError(error) }),
  );
});
