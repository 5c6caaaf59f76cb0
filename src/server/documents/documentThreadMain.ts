import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { renderDocument } from './render.ts';
import type { DocumentRequest } from './spec.ts';

// Building a file is background work: on Linux the nice value belongs to the thread, so only this
// worker is lowered and the thread that answers people keeps its share of the CPU.
try {
  os.setPriority(10);
} catch {
  // not permitted or not supported here: run at normal priority
}

const port = parentPort;
if (!port) throw new Error('documentThreadMain runs in a worker thread');

port.on('message', (message: { id: number; request: DocumentRequest }) => {
  renderDocument(message.request).then(
    (data) => {
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
      port.postMessage({ id: message.id, data: bytes }, [bytes.buffer]);
    },
    (error: unknown) =>
      port.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
