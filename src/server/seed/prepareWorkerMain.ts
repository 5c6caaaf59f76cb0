import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { DirectoryRows } from '../../domain/directory/demoCounty/index.ts';
import { FieldCipher, type DerivedKeys } from '../crypto/fieldCipher.ts';
import { prepareDirectory } from '../modules/directory/loadDirectory.ts';

// Background computation: on Linux the nice value belongs to the thread, so this lowers only this
// worker, and the thread that answers people's requests keeps its share of the CPU.
try {
  os.setPriority(10);
} catch {
  // not permitted or not supported here: run at normal priority
}

const port = parentPort;
if (!port) throw new Error('prepareWorkerMain runs in a worker thread');
const cipher = FieldCipher.fromDerived((workerData as { keys: DerivedKeys }).keys);

port.on('message', (message: { id: number; rows: DirectoryRows; now: string }) => {
  try {
    port.postMessage({
      id: message.id,
      prepared: prepareDirectory(message.rows, cipher, new Date(message.now)),
    });
  } catch (error) {
    port.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
