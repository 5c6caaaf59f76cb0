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

/**
 * The `index`-th record of the input list `list`, an object whose `key` field is a non-empty string
 * not seen before in that list; `record` names it for later errors (`villages[3] (code 3707…)`).
 */
export function keyedRecord(
  raw: unknown,
  list: string,
  index: number,
  key: string,
  seen: Set<string>,
  noun: string,
): { fields: Record<string, unknown>; id: string; record: string } {
  const where = `${list}[${index}]`;
  if (!isObject(raw)) throw new PlanningInputError(where, 'must be an object');
  const id = raw[key];
  if (typeof id !== 'string' || id.length === 0)
    throw new PlanningInputError(where, `${key} must be a non-empty string`);
  const record = `${where} (${key} ${id})`;
  if (seen.has(id)) throw new PlanningInputError(record, `duplicate ${noun} ${key}`);
  seen.add(id);
  return { fields: raw, id, record };
}
