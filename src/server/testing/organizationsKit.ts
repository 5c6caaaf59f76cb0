import {
  auditEvents,
  economyDividendRuns,
  economyLandTransfers,
  economyOrganizations,
  economyOrgBindings,
  economyOrgMembers,
  economyOrgOrders,
} from '../db/schema/index.ts';
import { rowCounts } from './fixtureCounty.ts';
import type { TestApp } from './testApp.ts';

/**
 * The rows an economic organization's writes touch (organizations, members, 双绑 bindings and
 * orders, land transfers, dividend runs) and the audit log, counted: a refused write leaves them.
 */
export const organizationRowCounts = (t: TestApp) =>
  rowCounts(t.deps.database.db, {
    orgs: economyOrganizations,
    members: economyOrgMembers,
    bindings: economyOrgBindings,
    orders: economyOrgOrders,
    transfers: economyLandTransfers,
    runs: economyDividendRuns,
    audit: auditEvents,
  });
