import { assetsSheet } from './assetsSheet.ts';
import { edgesSheet } from './edgesSheet.ts';
import { gridsSheet } from './gridsSheet.ts';
import { householdsSheet } from './householdsSheet.ts';
import { membershipsSheet } from './membershipsSheet.ts';
import { orgsSheet } from './orgsSheet.ts';
import { pairsSheet } from './pairsSheet.ts';
import { personsSheet } from './personsSheet.ts';
import { positionsSheet } from './positionsSheet.ts';
import { regionsSheet } from './regionsSheet.ts';
import type { ExchangeEntity, SheetDefinition } from './sheetDefinition.ts';
import { unitsSheet } from './unitsSheet.ts';

/** Every sheet of the Excel exchange, by entity (the order to import a directory from scratch). */
export const SHEETS: { readonly [E in ExchangeEntity]: SheetDefinition } = {
  regions: regionsSheet,
  orgs: orgsSheet,
  units: unitsSheet,
  persons: personsSheet,
  households: householdsSheet,
  memberships: membershipsSheet,
  positions: positionsSheet,
  edges: edgesSheet,
  grids: gridsSheet,
  pairs: pairsSheet,
  assets: assetsSheet,
};
