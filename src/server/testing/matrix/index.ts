import { joinMatrices, type MatrixEntry } from '../matrixKit.ts';
import { accountsMatrix } from './accounts.ts';
import { auditMatrix } from './audit.ts';
import { authMatrix } from './auth.ts';
import { casesMatrix } from './cases.ts';
import { evaluationMatrix } from './evaluation.ts';
import { exchangeMatrix } from './exchange.ts';
import { gridsMatrix } from './grids.ts';
import { householdsMatrix } from './households.ts';
import { jobsMatrix } from './jobs.ts';
import { membershipsMatrix } from './memberships.ts';
import { obligationsMatrix } from './obligations.ts';
import { orgsMatrix } from './orgs.ts';
import { pairingsMatrix } from './pairings.ts';
import { personsMatrix } from './persons.ts';
import { planningMatrix } from './planning.ts';
import { positionsMatrix } from './positions.ts';
import { privacyMatrix } from './privacy.ts';
import { projectsMatrix } from './projects.ts';
import { economyMatrix } from './economy.ts';
import { regionsMatrix } from './regions.ts';
import { responsibilityMatrix } from './responsibility.ts';
import { systemMatrix } from './system.ts';
import { tasksMatrix } from './tasks.ts';
import { unionsMatrix } from './unions.ts';
import { unitsMatrix } from './units.ts';
import { zeroMatrix } from './zero.ts';
import { warningsMatrix } from './warnings.ts';
import { insightsMatrix } from './insights.ts';
import { todoMatrix } from './todo.ts';

/** Every module's rows of the authorization matrix, one file per module (as the route table lists them). */
export const MATRIX: Record<string, MatrixEntry> = joinMatrices(
  systemMatrix,
  authMatrix,
  regionsMatrix,
  accountsMatrix,
  privacyMatrix,
  auditMatrix,
  personsMatrix,
  householdsMatrix,
  responsibilityMatrix,
  orgsMatrix,
  unitsMatrix,
  gridsMatrix,
  positionsMatrix,
  membershipsMatrix,
  jobsMatrix,
  exchangeMatrix,
  obligationsMatrix,
  pairingsMatrix,
  unionsMatrix,
  planningMatrix,
  evaluationMatrix,
  casesMatrix,
  tasksMatrix,
  projectsMatrix,
  economyMatrix,
  zeroMatrix,
  warningsMatrix,
  insightsMatrix,
  todoMatrix,
);
