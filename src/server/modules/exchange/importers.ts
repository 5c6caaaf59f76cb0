import type { ExchangeEntity } from '../../../domain/directory/exchange/sheetDefinition.ts';
import { AppError } from '../../platform/errors.ts';
import { importAssets } from '../economy/assetImport.ts';
import type { Importer } from './importer.ts';
import { importEdges } from './importEdges.ts';
import { importGrids } from './importGrids.ts';
import { importHouseholds } from './importHouseholds.ts';
import { importMemberships } from './importMemberships.ts';
import { importOrgs } from './importOrgs.ts';
import { importPairs } from './importPairs.ts';
import { importPersons } from './importPersons.ts';
import { importPositions } from './importPositions.ts';
import { importRegions } from './importRegions.ts';
import { importUnits } from './importUnits.ts';

/** The importer of each entity of the Excel exchange. */
const IMPORTERS: Partial<Record<ExchangeEntity, Importer<unknown>>> = {
  orgs: importOrgs,
  units: importUnits,
  persons: importPersons,
  households: importHouseholds,
  memberships: importMemberships,
  regions: importRegions,
  positions: importPositions,
  edges: importEdges,
  grids: importGrids,
  pairs: importPairs,
  // 三资台账 (issue 13 part 1): the economy's sheet through the same import
  assets: importAssets,
};

export function importerOf(entity: ExchangeEntity): Importer<unknown> {
  const importer = IMPORTERS[entity];
  if (!importer)
    throw new AppError('NOT_FOUND', {
      zh: `暂不支持导入“${entity}”`,
      en: `importing ${entity} is not supported yet`,
    });
  return importer;
}
