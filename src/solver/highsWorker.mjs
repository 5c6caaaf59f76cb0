// Plain .mjs on purpose: it runs in a worker thread without the tsx loader, under node, tsx and
// vitest alike. It receives CPLEX LP text and answers with status, objective, bound and values.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';

import loadHighs from 'highs';

// Background computation: on Linux the nice value belongs to the thread, so this lowers only this
// worker, and the thread that answers people's requests keeps its share of the CPU.
try {
  os.setPriority(10);
} catch {
  // not permitted or not supported here: run at normal priority
}

const highs = await loadHighs();
const STATUS = highs.constants.modelStatus;
const MIP_SECTION = /^\s*(binary|binaries|bin|general|generals|gen)\s*$/im;

function statusName(code) {
  if (code === STATUS.optimal) return 'optimal';
  if (code === STATUS.infeasible) return 'infeasible';
  if (code === STATUS.timeLimit || code === STATUS.interrupted || code === STATUS.solutionLimit)
    return 'time-limit';
  return 'error';
}

function solve({ lp, timeLimitSeconds, relativeGap }) {
  const started = performance.now();
  const model = highs.createModel({ format: 'lp', data: lp });
  try {
    const options = { output_flag: false, time_limit: timeLimitSeconds };
    if (relativeGap !== undefined)
      Object.assign(options, { mip_rel_gap: relativeGap, mip_abs_gap: 1e-7 });
    model.options.set(options);
    model.run();
    const status = statusName(model.getModelStatus());
    const solution = model.getSolution();
    const values = {};
    const hasSolution =
      solution.colValue.length > 0 && (status === 'optimal' || status === 'time-limit');
    if (hasSolution) {
      solution.colValue.forEach((value, index) => {
        if (Math.abs(value) > 1e-9) values[model.getColName(index)] = value;
      });
    }
    const objective = hasSolution ? model.getObjectiveValue() : null;
    let dualBound = null;
    if (MIP_SECTION.test(lp)) {
      const bound = Number(model.info.get('mip_dual_bound'));
      if (Number.isFinite(bound)) dualBound = bound;
    } else if (status === 'optimal') {
      // a pure LP reports a stale mip_dual_bound; its proven optimum is the bound
      dualBound = objective;
    }
    return { status, objective, dualBound, values, seconds: (performance.now() - started) / 1000 };
  } finally {
    model.dispose();
  }
}

parentPort.on('message', (job) => {
  try {
    parentPort.postMessage({ id: job.id, result: solve(job) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error?.message ?? error) });
  }
});
parentPort.postMessage({ ready: true });
