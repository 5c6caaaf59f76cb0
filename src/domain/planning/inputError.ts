/**
 * Bad planner input. `record` names the offending record (e.g. `villages[3] (code 370784101201)`)
 * so a county admin can find and fix it; it is empty when the problem is the input as a whole.
 */
export class PlanningInputError extends Error {
  readonly record: string;

  constructor(record: string, problem: string) {
    super(record ? `${record}: ${problem}` : problem);
    this.name = 'PlanningInputError';
    this.record = record;
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
