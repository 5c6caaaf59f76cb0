import type { SchemeDefinition } from '../../api/evaluationTypes.ts';

/**
 * How the scheme editors change the definition: each edit is a function of the definition as it
 * is when React applies it, never of the one a render captured, so two edits in one event (or an
 * edit racing a re-render) cannot undo each other.
 */
export type UpdateScheme = (change: (def: SchemeDefinition) => SchemeDefinition) => void;

/** The list with its i-th element changed. */
export function replaceAt<T>(list: readonly T[], i: number, change: (item: T) => T): T[] {
  return list.map((item, j) => (j === i ? change(item) : item));
}

/** The list without its i-th element. */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}
