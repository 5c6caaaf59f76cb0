/**
 * What this server process is still loading in the background (the demo county after the first
 * start), so the home page can say so instead of showing half-filled figures. In memory on
 * purpose: it describes this process, and reading it must not wait for the database.
 */
export type LoadingStep = 'directory' | 'indexes' | 'evaluations' | 'complete' | 'interrupted';

export interface LoadingStatus {
  /** null: nothing is loading in the background (not a demo, or loaded by an earlier start). */
  demo: null | {
    step: LoadingStep;
    /** Villages and communities written so far in this run, of `placesTotal` in the county. */
    placesLoaded: number;
    placesTotal: number | null;
    startedAt: string;
    finishedAt: string | null;
  };
}

let status: LoadingStatus = { demo: null };

export function loadingStatus(): LoadingStatus {
  return status;
}

export function startDemoLoading(placesTotal: number | null, at: Date): void {
  status = {
    demo: {
      step: 'directory',
      placesLoaded: 0,
      placesTotal,
      startedAt: at.toISOString(),
      finishedAt: null,
    },
  };
}

export function reportDemoLoading(
  update: { step?: LoadingStep; placesLoaded?: number },
  at: Date = new Date(),
): void {
  const demo = status.demo;
  if (!demo) return;
  const step = update.step ?? demo.step;
  const finished = step === 'complete' || step === 'interrupted';
  const placesLoaded = Math.min(
    update.placesLoaded ?? demo.placesLoaded,
    demo.placesTotal ?? Infinity,
  );
  status = {
    demo: { ...demo, placesLoaded, step, finishedAt: finished ? at.toISOString() : null },
  };
}
