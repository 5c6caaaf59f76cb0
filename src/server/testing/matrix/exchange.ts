import { byRole, everywhere, inside, readers, row, writers } from '../matrixKit.ts';
import type { MatrixEntry } from '../matrixKit.ts';

// The exchange module's rows of the authorization matrix.
export const exchangeMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/exchange/templates/:entity': row(
    { url: () => '/api/v1/exchange/templates/persons', targetless: true },
    byRole(readers(everywhere(200))),
  ),
  // Without a file: writers are told 415 (send the .xlsx), everyone else 403; scope per row is in exchange.test.ts.
  'POST /api/v1/exchange/import/:entity': row(
    { method: 'POST', url: () => '/api/v1/exchange/import/persons', targetless: true },
    byRole(writers(everywhere(415))),
  ),
  'GET /api/v1/exchange/export/:entity': row(
    { url: (t) => `/api/v1/exchange/export/persons?region=${t.region}` },
    byRole(readers(inside(200))),
  ),
};
