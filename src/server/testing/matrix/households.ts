import { scopedRecord } from '../matrixKit.ts';

// The households module's rows of the authorization matrix (households are written by the import and the persons module).
export const householdsMatrix = scopedRecord(
  '/api/v1/households',
  'householdId',
  (t) => `q=${encodeURIComponent(t.personName)}`,
);
