/**
 * The planners build MIP/LP models as CPLEX LP text and hand them to an injected solver, so
 * domain code stays free of worker threads and WebAssembly (src/solver provides one on HiGHS).
 */
export interface MipOptions {
  timeLimitSeconds: number;
  /** 0 asks for a proven optimum; the default leaves HiGHS's own gap tolerance. */
  relativeGap?: number;
  /**
   * Seconds left in the caller's overall budget, read when the solve actually starts (a queued
   * job may wait): the solve gets at most that long, and none at all once it is spent.
   */
  secondsLeft?: () => number;
}

export type MipStatus = 'optimal' | 'time-limit' | 'infeasible' | 'error';

export interface MipResult {
  status: MipStatus;
  /** Objective of the best solution found, null when none. */
  objective: number | null;
  /** Proven bound on the objective (lower for minimisation); null when none is known. */
  dualBound: number | null;
  /** Non-zero column values by name. */
  values: Record<string, number>;
  seconds: number;
  message?: string;
}

export type MipSolver = (lp: string, options: MipOptions) => Promise<MipResult>;
