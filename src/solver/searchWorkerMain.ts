import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ClusterModel } from '../domain/planning/clustering/clusterModel.ts';
import { searchClusters } from '../domain/planning/clustering/searchClusters.ts';

// Background computation: on Linux the nice value belongs to the thread, so this lowers only this
// worker, and the thread that answers people's requests keeps its share of the CPU.
try {
  os.setPriority(10);
} catch {
  // not permitted or not supported here: run at normal priority
}

const port = parentPort;
if (!port) throw new Error('searchWorkerMain runs in a worker thread');

interface Request {
  id: number;
  model: ClusterModel;
  seed: number;
  iterations: number;
  stopAfterMs: number;
  polishStopAfterMs: number;
}

port.on('message', (request: Request) => {
  // the time budget counts from when this worker starts the search
  const started = performance.now();
  try {
    const result = searchClusters(request.model, {
      seed: request.seed,
      iterations: request.iterations,
      shouldStop: () => performance.now() - started > request.stopAfterMs,
      shouldStopPolish: () => performance.now() - started > request.polishStopAfterMs,
    });
    port.postMessage({ id: request.id, result });
  } catch (error) {
    port.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
port.postMessage({ ready: true });
