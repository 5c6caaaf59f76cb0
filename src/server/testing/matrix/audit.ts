import { byRole, inside, listedBy, row, type MatrixEntry } from '../matrixKit.ts';

// The audit module's rows of the authorization matrix: county admins and auditors read the trail in scope.
export const auditMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/audit-events': row(
    {
      // the target account's own events: the newest 200 of the county are soon all the matrix's
      url: (t) => `/api/v1/audit-events?pageSize=200&objectId=${t.accountId}`,
      listed: listedBy('objectId', 'accountId'),
    },
    byRole({ county_admin: inside('listed', 'hidden'), auditor: inside('listed', 'hidden') }),
  ),
};
