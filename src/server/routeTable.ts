import { accountRoutes } from './modules/accounts/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { evaluationRoutes } from './modules/evaluation/routes.ts';
import { exchangeRoutes } from './modules/exchange/routes.ts';
import { householdRoutes } from './modules/households/routes.ts';
import { jobRoutes } from './modules/jobs/routes.ts';
import { unitRoutes } from './modules/units/routes.ts';
import { gridRoutes } from './modules/grids/routes.ts';
import { membershipRoutes } from './modules/memberships/routes.ts';
import { orgRoutes } from './modules/orgs/routes.ts';
import { planningRoutes } from './modules/planning/routes.ts';
import { positionRoutes } from './modules/positions/routes.ts';
import { personRoutes } from './modules/persons/routes.ts';
import { privacyRoutes } from './modules/privacy/routes.ts';
import { responsibilityRoutes } from './modules/responsibility/routes.ts';
import { regionRoutes } from './modules/regions/routes.ts';
import { caseRoutes } from './modules/cases/routes.ts';
import { obligationRoutes } from './modules/obligations/routes.ts';
import { unionRoutes } from './modules/unions/routes.ts';
import { taskRoutes } from './modules/tasks/routes.ts';
import { DOCS_PAGE, DOCS_SCRIPT } from './modules/system/docsPage.ts';
import { projectRoutes } from './modules/projects/routes.ts';
import { economyRoutes } from './modules/economy/routes.ts';
import { zeroRoutes } from './modules/zero/routes.ts';
import { insightRoutes } from './modules/insights/routes.ts';
import { warningRoutes } from './modules/warnings/routes.ts';
import { todoRoutes } from './modules/todo/routes.ts';
import { systemRoutes } from './modules/system/routes.ts';
import { buildOpenApi, openApiDocument } from './platform/openapi.ts';
import { htmlPage, sendHtml } from './platform/responses.ts';
import { defineRoute, type AnyRoute } from './platform/route.ts';

const moduleRoutes: AnyRoute[] = [
  ...systemRoutes,
  ...authRoutes,
  ...regionRoutes,
  ...accountRoutes,
  ...privacyRoutes,
  ...auditRoutes,
  ...personRoutes,
  ...householdRoutes,
  ...responsibilityRoutes,
  ...orgRoutes,
  ...unitRoutes,
  ...gridRoutes,
  ...positionRoutes,
  ...membershipRoutes,
  ...jobRoutes,
  ...exchangeRoutes,
  ...obligationRoutes,
  ...insightRoutes,
  ...planningRoutes,
  ...unionRoutes,
  ...taskRoutes,
  ...evaluationRoutes,
  ...caseRoutes,
  ...projectRoutes,
  ...economyRoutes,
  ...zeroRoutes,
  ...warningRoutes,
  ...todoRoutes,
];

/** Every route the server answers. The authorization matrix test enumerates this very list. */
export const ROUTES: readonly AnyRoute[] = [
  ...moduleRoutes,
  defineRoute({
    method: 'GET',
    url: '/api/openapi.json',
    summary: 'OpenAPI 3.1 文档 / OpenAPI document',
    tag: 'system',
    auth: 'public',
    response: openApiDocument,
    handler: async ({ ctx }) => buildOpenApi(ROUTES, ctx.config.version),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/docs',
    summary: 'API 文档页面 / API docs page',
    tag: 'system',
    auth: 'public',
    response: htmlPage,
    handler: async ({ reply }) => sendHtml(reply, DOCS_PAGE, [DOCS_SCRIPT]),
  }),
];
