import { parentPort } from 'node:worker_threads';
import type { ClusterModel } from '../domain/planning/clustering/clusterModel.ts';
import { searchClusters } from '../domain/planning/clustering/searchClusters.ts';

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
    port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
