import { scopedRecord } from '../matrixKit.ts';

// The positions module's rows of the authorization matrix.
const startDate = (n: number) =>
  `20${10 + (Math.floor(n / 300) % 10)}-${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

export const positionsMatrix = scopedRecord(
  '/api/v1/positions',
  'positionId',
  (t) => `person=${t.personId}`,
  {
    // A new start date each time: (person, position, region, start) is the natural key.
    create: (t, n) => ({
      personId: t.personId,
      code: 'mediator',
      regionCode: t.region,
      startDate: startDate(n),
    }),
    update: (_t, n) => ({ goldMediator: n % 2 === 0 }),
  },
);
