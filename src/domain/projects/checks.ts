import { FUND_SOURCES, type FundSource } from './kinds.ts';

/** One problem with a project's fields, named by its path in the request. */
export interface ProjectProblem {
  path: string;
  message: string;
}

export interface ProjectFields {
  startsOn?: string;
  endsOn?: string | null;
  funds?: readonly { source: string; budget: number }[];
  incomeAdded?: number;
  householdsBenefiting?: number;
}

export interface MilestoneFields {
  weight?: number;
  progress?: number;
  dueOn?: string | null;
}

const isMoney = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** A project's dates, budgets and outcomes: end not before start, money whole 元 and ≥ 0. */
export function projectProblems(p: ProjectFields, at = 'body'): ProjectProblem[] {
  const out: ProjectProblem[] = [];
  if (p.startsOn && p.endsOn && p.endsOn < p.startsOn)
    out.push({ path: `${at}.endsOn`, message: 'must not be before startsOn' });
  const seen = new Set<string>();
  (p.funds ?? []).forEach((f, i) => {
    if (!(FUND_SOURCES as readonly string[]).includes(f.source))
      out.push({ path: `${at}.funds.${i}.source`, message: 'unknown fund source' });
    if (seen.has(f.source))
      out.push({ path: `${at}.funds.${i}.source`, message: 'each source once' });
    seen.add(f.source);
    if (!isMoney(f.budget))
      out.push({ path: `${at}.funds.${i}.budget`, message: 'a whole number of 元, ≥ 0' });
  });
  if (p.incomeAdded !== undefined && !isMoney(p.incomeAdded))
    out.push({ path: `${at}.incomeAdded`, message: 'a whole number of 元, ≥ 0' });
  if (
    p.householdsBenefiting !== undefined &&
    !(Number.isSafeInteger(p.householdsBenefiting) && p.householdsBenefiting >= 0)
  )
    out.push({ path: `${at}.householdsBenefiting`, message: 'a whole number, ≥ 0' });
  return out;
}

/** A milestone: weight a positive whole number, progress 0–100, due inside the project's dates. */
export function milestoneProblems(
  m: MilestoneFields,
  project: { startsOn: string; endsOn: string | null },
  at = 'body',
): ProjectProblem[] {
  const out: ProjectProblem[] = [];
  if (m.weight !== undefined && !(Number.isSafeInteger(m.weight) && m.weight > 0))
    out.push({ path: `${at}.weight`, message: 'a positive whole number' });
  if (m.progress !== undefined && !(m.progress >= 0 && m.progress <= 100))
    out.push({ path: `${at}.progress`, message: 'between 0 and 100' });
  if (m.dueOn && m.dueOn < project.startsOn)
    out.push({ path: `${at}.dueOn`, message: 'before the project starts' });
  if (m.dueOn && project.endsOn && m.dueOn > project.endsOn)
    out.push({ path: `${at}.dueOn`, message: 'after the project ends' });
  return out;
}

/**
 * New project dates against its milestones' due dates: a start after a milestone falls due, or an
 * end before one, names the date that moved and the milestone it strands.
 */
export function datesStrandMilestones(
  project: { startsOn: string; endsOn: string | null },
  milestones: readonly { name: string; dueOn: string | null }[],
  at = 'body',
): ProjectProblem[] {
  const out: ProjectProblem[] = [];
  for (const m of milestones) {
    if (!m.dueOn) continue;
    if (m.dueOn < project.startsOn)
      out.push({
        path: `${at}.startsOn`,
        message: `after milestone ${m.name} is due (${m.dueOn})`,
      });
    if (project.endsOn && m.dueOn > project.endsOn)
      out.push({ path: `${at}.endsOn`, message: `before milestone ${m.name} is due (${m.dueOn})` });
  }
  return out;
}

/** A spend entry: a positive whole number of 元 from one of the project's fund sources. */
export function spendProblems(
  s: { source: string; amount: number },
  sources: readonly FundSource[],
  at = 'body',
): ProjectProblem[] {
  const out: ProjectProblem[] = [];
  if (!(Number.isSafeInteger(s.amount) && s.amount > 0))
    out.push({ path: `${at}.amount`, message: 'a positive whole number of 元' });
  if (!(sources as readonly string[]).includes(s.source))
    out.push({ path: `${at}.source`, message: 'the project has no budget line from this source' });
  return out;
}
