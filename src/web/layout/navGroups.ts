import type { MessageKey } from '../i18n/types.ts';

/**
 * The navigation grouped by the work (issue 14): a county administrator's thirty-odd pages under
 * a handful of headings. Pages not named here (首页, 我家 / 我的联户) stay at the top.
 */
export const NAV_GROUPS: readonly {
  key: string;
  labelKey: MessageKey;
  paths: readonly string[];
}[] = [
  {
    key: 'directory',
    labelKey: 'nav.group.directory',
    paths: [
      '/regions',
      '/persons',
      '/households',
      '/orgs',
      '/units',
      '/grids',
      '/positions',
      '/memberships',
    ],
  },
  {
    key: 'responsibility',
    labelKey: 'nav.group.responsibility',
    paths: ['/responsibility/edges', '/coverage'],
  },
  {
    key: 'evaluation',
    labelKey: 'nav.group.evaluation',
    paths: ['/evaluation', '/evaluation/schemes', '/evaluation/mine'],
  },
  {
    key: 'cases',
    labelKey: 'nav.group.cases',
    paths: [
      '/cases/mine',
      '/cases',
      '/cases/wishes',
      '/cases/reception-days',
      '/cases/stats',
      '/cases/catalog',
      '/cases/unit',
      '/cases/sweeps',
    ],
  },
  {
    key: 'joint',
    labelKey: 'nav.group.joint',
    paths: [
      '/planning/unions',
      '/unions',
      '/pairings',
      '/tasks',
      '/obligations/mine',
      '/obligations/board',
    ],
  },
  { key: 'development', labelKey: 'nav.group.development', paths: ['/projects', '/economy'] },
  { key: 'insights', labelKey: 'nav.group.insights', paths: ['/insights', '/warnings'] },
  { key: 'system', labelKey: 'nav.group.system', paths: ['/accounts', '/audit'] },
];

/** Up to this many pages the menu stays one plain list (a villager's or a member's). */
export const FLAT_MENU_MAX = 10;
