import type { z } from 'zod';

/**
 * A server value as the web receives it: JSON sends a Date as its ISO 8601 string. Lets the web
 * derive its types from a server response schema that describes Date fields with `z.date()`.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** The answer of a route whose response schema is `S`, as the web receives it. */
export type WireOf<S extends z.ZodType> = Wire<z.output<S>>;
