import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

// What each importable sheet is called: the page it fills.
const IMPORTED: Readonly<Record<string, MessageKey>> = {
  regions: 'nav.regions',
  orgs: 'nav.orgs',
  units: 'nav.units',
  persons: 'nav.persons',
  households: 'nav.households',
  memberships: 'nav.memberships',
  positions: 'nav.positions',
  edges: 'nav.edges',
  grids: 'nav.grids',
  pairs: 'jobs.entity.pairs',
  assets: 'econ.tab.assets',
};

const OTHERS: Readonly<Record<string, MessageKey>> = {
  'planning.unions': 'jobs.kind.planningUnions',
  'planning.pairings': 'jobs.kind.planningPairings',
};

/** A background job's kind (`import.persons`, `planning.unions`) in the app's language. */
export function jobKindLabel(t: Translate, kind: string): string {
  const [head, entity] = kind.split('.');
  const imported = head === 'import' && entity ? IMPORTED[entity] : undefined;
  if (imported) return t('jobs.kind.import', { what: t(imported) });
  const other = OTHERS[kind];
  // a kind this page does not know yet shows its key rather than nothing
  return other ? t(other) : kind;
}
