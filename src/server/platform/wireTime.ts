import { z } from 'zod';

/**
 * A timestamp a service hands over as a Date: JSON sends it as its ISO string. Checking the answer
 * accepts the Date; the schema's output (the web's type, the OpenAPI contract) is the ISO string.
 */
export const dateSentAsIso = z.codec(z.date(), z.iso.datetime(), {
  decode: (date) => date.toISOString(),
  encode: (iso) => new Date(iso),
});
