import { createElement, lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Permission } from './api/types.ts';
import type { MessageKey } from './i18n/types.ts';

export interface ModuleRoute {
  path: string;
  labelKey: MessageKey;
  /** Shown on the home page; the home route itself has none. */
  descriptionKey?: MessageKey;
  /** Without it the route is visible to every signed-in user; a list is any one of them. */
  permission?: Permission | readonly Permission[];
  /** Listed in the navigation only for users who are a person of the directory (我的联户 / 我家). */
  personal?: boolean;
  /**
   * Listed only for users who hold a role on a region: a union's or a paired unit's scope
   * (`union:` / `unit:`) reaches none of the page's records (the server's policy reads by region).
   */
  regionGrant?: true;
  /** `false`: reachable from links (the to-do) but not listed in the navigation. */
  inMenu?: false;
  page: LazyPage;
}

/** A page loaded when first shown; `preload` starts its download ahead (the landing page at boot). */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  // Once the module has arrived the page renders directly: a React.lazy component suspends on its
  // first render even when its chunk is already here, and React holds a revealed boundary back
  // (≈ 300 ms) — the landing page would paint that much later than it could.
  let ready: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      ready = module.default;
      return module;
    });
  const Lazy: LazyExoticComponent<ComponentType> = lazy(preload);
  const Page = () => createElement(ready ?? Lazy);
  return Object.assign(Page, { preload });
}

/** Fetches the page at `pathname` while the session is still being checked (resolves when here). */
export async function preloadPage(pathname: string): Promise<void> {
  await MODULE_ROUTES.find((route) => route.path === pathname)?.page.preload();
}

// Only modules that exist are listed: the navigation never advertises work that is not built.
export const MODULE_ROUTES: readonly ModuleRoute[] = [
  { path: '/', labelKey: 'nav.home', page: lazyPage(() => import('./pages/home/HomePage.tsx')) },
  {
    path: '/regions',
    labelKey: 'nav.regions',
    descriptionKey: 'home.module.regions',
    // an admin tool (codes, templates, exports): for those who keep the directory, not for the
    // villagers and members who only pick a place in a form (regions.read serves the pickers)
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/regions/RegionsPage.tsx')),
  },
  {
    path: '/persons',
    labelKey: 'nav.persons',
    descriptionKey: 'home.module.persons',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/persons/PersonsPage.tsx')),
  },
  {
    path: '/households',
    labelKey: 'nav.households',
    descriptionKey: 'home.module.households',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/households/HouseholdsPage.tsx')),
  },
  {
    path: '/orgs',
    labelKey: 'nav.orgs',
    descriptionKey: 'home.module.orgs',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/orgs/OrgsPage.tsx')),
  },
  {
    path: '/units',
    labelKey: 'nav.units',
    descriptionKey: 'home.module.units',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/units/UnitsPage.tsx')),
  },
  {
    path: '/grids',
    labelKey: 'nav.grids',
    descriptionKey: 'home.module.grids',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/grids/GridsPage.tsx')),
  },
  {
    path: '/positions',
    labelKey: 'nav.positions',
    descriptionKey: 'home.module.positions',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/positions/PositionsPage.tsx')),
  },
  {
    path: '/memberships',
    labelKey: 'nav.memberships',
    descriptionKey: 'home.module.memberships',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/memberships/MembershipsPage.tsx')),
  },
  {
    path: '/responsibility/edges',
    labelKey: 'nav.edges',
    descriptionKey: 'home.module.edges',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/responsibility/EdgesPage.tsx')),
  },
  {
    path: '/coverage',
    labelKey: 'nav.coverage',
    descriptionKey: 'home.module.coverage',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/coverage/CoveragePage.tsx')),
  },
  {
    path: '/planning/unions',
    labelKey: 'nav.planning',
    descriptionKey: 'home.module.planning',
    permission: 'planning.run',
    page: lazyPage(() => import('./pages/planning/PlanningPage.tsx')),
  },
  {
    path: '/evaluation',
    labelKey: 'nav.evaluation',
    descriptionKey: 'home.module.evaluation',
    permission: 'evaluation.read',
    page: lazyPage(() => import('./pages/evaluation/EvaluationPage.tsx')),
  },
  {
    path: '/evaluation/schemes',
    labelKey: 'nav.evaluationSchemes',
    descriptionKey: 'home.module.evaluationSchemes',
    permission: 'evaluation.read',
    page: lazyPage(() => import('./pages/evaluation/SchemesPage.tsx')),
  },
  {
    path: '/evaluation/mine',
    labelKey: 'nav.evaluationMine',
    descriptionKey: 'home.module.evaluationMine',
    permission: 'evaluation.object',
    page: lazyPage(() => import('./pages/evaluation/MyEvaluationsPage.tsx')),
  },
  {
    path: '/me/households',
    labelKey: 'nav.mine',
    descriptionKey: 'home.module.mine',
    personal: true,
    page: lazyPage(() => import('./pages/me/MyHouseholdsPage.tsx')),
  },
  {
    path: '/me/jobs',
    labelKey: 'nav.myJobs',
    inMenu: false,
    page: lazyPage(() => import('./pages/me/MyJobsPage.tsx')),
  },
  {
    path: '/accounts',
    labelKey: 'nav.accounts',
    descriptionKey: 'home.module.accounts',
    permission: 'accounts.read',
    page: lazyPage(() => import('./pages/accounts/AccountsPage.tsx')),
  },
  {
    path: '/audit',
    labelKey: 'nav.audit',
    descriptionKey: 'home.module.audit',
    permission: 'audit.read',
    page: lazyPage(() => import('./pages/audit/AuditPage.tsx')),
  },
  // Obligations (issue 11): the phone page of those who record, the board of those who read.
  {
    path: '/obligations/mine',
    labelKey: 'nav.obligationsMine',
    descriptionKey: 'home.module.obligationsMine',
    permission: 'obligations.record',
    page: lazyPage(() => import('./pages/obligations/MyObligationsPage.tsx')),
  },
  {
    path: '/obligations/board',
    labelKey: 'nav.obligationsBoard',
    descriptionKey: 'home.module.obligationsBoard',
    permission: 'obligations.read',
    regionGrant: true,
    page: lazyPage(() => import('./pages/obligations/ComplianceBoardPage.tsx')),
  },
  {
    path: '/pairings',
    labelKey: 'nav.pairings',
    descriptionKey: 'home.module.pairings',
    permission: 'obligations.record',
    page: lazyPage(() => import('./pages/pairings/PairingsPage.tsx')),
  },
  // Unions (issue 11): adopted or hand-made 跨村联建, for those who read their villages.
  {
    path: '/unions',
    labelKey: 'nav.unions',
    descriptionKey: 'home.module.unions',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/unions/UnionsPage.tsx')),
  },
  // Union task lists (issue 11): 订单/领单/评单, read with the union.
  {
    path: '/tasks',
    labelKey: 'nav.tasks',
    descriptionKey: 'home.module.tasks',
    permission: 'directory.read',
    page: lazyPage(() => import('./pages/tasks/TasksPage.tsx')),
  },
  // Insights (issue 12): the region dashboard read from roll-ups, drilling down to the village.
  {
    path: '/insights',
    labelKey: 'nav.insights',
    descriptionKey: 'home.module.insights',
    permission: 'evaluation.read',
    page: lazyPage(() => import('./pages/insights/InsightsPage.tsx')),
  },
  // Warnings center (issue 12 part 4): what needs attention, computed from the records.
  {
    path: '/warnings',
    labelKey: 'nav.warnings',
    descriptionKey: 'home.module.warnings',
    permission: 'evaluation.read',
    page: lazyPage(() => import('./pages/warnings/WarningsPage.tsx')),
  },
  // Projects (issue 11 part 7): 利民项目 and 项目牵引 with funds, milestones, outcomes, inspections.
  {
    path: '/projects',
    labelKey: 'nav.projects',
    descriptionKey: 'home.module.projects',
    // Unit staff hold obligations.record only (on their `unit:` grant): they read their pairings'
    // projects (projects/policy.ts), so the page is theirs too.
    permission: ['obligations.read', 'obligations.record'],
    page: lazyPage(() => import('./pages/projects/ProjectsPage.tsx')),
  },
  // Collective economy (issue 13): 三资, contracts and 清化收, the income ledger.
  {
    path: '/economy',
    labelKey: 'nav.economy',
    descriptionKey: 'home.module.economy',
    permission: 'obligations.read',
    // villages' books: a union's cadre reads the union's villages, not their collectives' accounts
    regionGrant: true,
    page: lazyPage(() => import('./pages/economy/EconomyPage.tsx')),
  },
  // Cases (issue 5): the phone page for residents and members, the cadres' list, catalog, wall, statistics.
  {
    path: '/cases/mine',
    labelKey: 'nav.casesMine',
    descriptionKey: 'home.module.casesMine',
    permission: 'cases.submit',
    page: lazyPage(() => import('./pages/cases/MyCasesPage.tsx')),
  },
  {
    path: '/cases',
    labelKey: 'nav.cases',
    descriptionKey: 'home.module.cases',
    permission: 'cases.read',
    page: lazyPage(() => import('./pages/cases/CasesPage.tsx')),
  },
  {
    path: '/cases/wishes',
    labelKey: 'nav.wishes',
    descriptionKey: 'home.module.wishes',
    page: lazyPage(() => import('./pages/cases/WishWallPage.tsx')),
  },
  {
    path: '/cases/reception-days',
    labelKey: 'nav.receptionDays',
    descriptionKey: 'home.module.receptionDays',
    page: lazyPage(() => import('./pages/cases/ReceptionDaysPage.tsx')),
  },
  {
    path: '/cases/stats',
    labelKey: 'nav.caseStats',
    descriptionKey: 'home.module.caseStats',
    permission: 'cases.read',
    page: lazyPage(() => import('./pages/cases/CaseStatsPage.tsx')),
  },
  {
    path: '/cases/catalog',
    labelKey: 'nav.caseCatalog',
    descriptionKey: 'home.module.caseCatalog',
    permission: 'cases.configure',
    page: lazyPage(() => import('./pages/cases/CatalogPage.tsx')),
  },
  {
    path: '/cases/unit',
    labelKey: 'nav.unitCases',
    descriptionKey: 'home.module.unitCases',
    permission: 'cases.handle',
    page: lazyPage(() => import('./pages/cases/UnitCasesPage.tsx')),
  },
  {
    path: '/cases/sweeps',
    labelKey: 'nav.disputeSweeps',
    descriptionKey: 'home.module.disputeSweeps',
    permission: 'cases.read',
    page: lazyPage(() => import('./pages/cases/DisputeSweepsPage.tsx')),
  },
];

function mayOpen(route: ModuleRoute, permissions: readonly string[]): boolean {
  const needed = route.permission;
  if (needed === undefined) return true;
  return typeof needed === 'string'
    ? permissions.includes(needed)
    : needed.some((p) => permissions.includes(p));
}

/** Whether any role is held on a region (a 12-digit code), not only on a union or a unit. */
export function holdsRegionGrant(roles: readonly { scope: string }[]): boolean {
  return roles.some((role) => /^\d{12}$/.test(role.scope));
}

/**
 * The routes a user may open. `hasDirectoryPerson: false` leaves out the personal pages (the
 * navigation asks /me/households), `hasRegionGrant: false` the pages read by region; left unset
 * they stay reachable and explain themselves.
 */
export function visibleRoutes(
  permissions: readonly string[],
  options: { hasDirectoryPerson?: boolean; hasRegionGrant?: boolean } = {},
): ModuleRoute[] {
  return MODULE_ROUTES.filter(
    (route) =>
      mayOpen(route, permissions) &&
      (!route.personal || options.hasDirectoryPerson !== false) &&
      (!route.regionGrant || options.hasRegionGrant !== false),
  );
}
