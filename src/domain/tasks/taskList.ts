/**
 * A union's task list (订单/领单/评单, DESIGN.md §3 "Task list"; 安丘's 跨村联建): a joint meeting
 * sets the year's targets (订单), splits them into tasks with measures, owners and deadlines, each
 * owner takes a task (领单), progress is entered month by month (月跟踪), each task is scored
 * every quarter (季考评) and the year's score and report (年述职) are read from those records
 * (评单). Pure: the day ("today", Asia/Shanghai) is passed in.
 */

/** What a list belongs to. Only unions for now; the column leaves room for villages and pairings. */
export const TASK_SUBJECT_KINDS = ['union'] as const;
export type TaskSubjectKind = (typeof TASK_SUBJECT_KINDS)[number];

/** A task is open until it is closed (finished or ended); a closed task takes no more entries. */
export const TASK_STATUSES = ['open', 'closed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const MOVES: Record<TaskStatus, readonly TaskStatus[]> = { open: ['closed'], closed: [] };

export function mayMoveTask(from: TaskStatus, to: TaskStatus): boolean {
  return MOVES[from].includes(to);
}

/** Only an open task takes monthly progress, a new owner or a quarterly score. */
export const takesEntries = (status: TaskStatus): boolean => status === 'open';

export interface TaskProblem {
  path: string;
  message: string;
}

/** `YYYY-MM` of a `YYYY-MM-DD` day. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The quarter (1–4) a `YYYY-MM` month lies in. */
export const quarterOfMonth = (month: string): number => Math.ceil(Number(month.slice(5, 7)) / 3);

/** The first month (`YYYY-MM`) of a quarter of a year. */
export const quarterStart = (year: number, quarter: number): string =>
  `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`;

/**
 * What is wrong with a monthly progress entry (月跟踪) for a list of `year` on `today`: the month
 * must lie inside the list's year and not after this month; progress is a whole percentage.
 */
export function progressProblems(
  entry: { month: string; progress: number },
  year: number,
  today: string,
): TaskProblem[] {
  const problems: TaskProblem[] = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(entry.month))
    problems.push({ path: 'month', message: 'a month as YYYY-MM' });
  else if (Number(entry.month.slice(0, 4)) !== year)
    problems.push({ path: 'month', message: `outside the list's year ${year}` });
  else if (entry.month > monthOf(today))
    problems.push({ path: 'month', message: `${entry.month} has not begun` });
  if (!Number.isInteger(entry.progress) || entry.progress < 0 || entry.progress > 100)
    problems.push({ path: 'progress', message: 'a whole percentage 0–100' });
  return problems;
}

/**
 * What is wrong with a quarterly score (季考评) for a list of `year` on `today`: a quarter 1–4 that
 * has begun, a score 0–100 (one decimal at most).
 */
export function scoreProblems(
  entry: { quarter: number; score: number },
  year: number,
  today: string,
): TaskProblem[] {
  const problems: TaskProblem[] = [];
  if (!Number.isInteger(entry.quarter) || entry.quarter < 1 || entry.quarter > 4)
    problems.push({ path: 'quarter', message: 'a quarter 1–4' });
  else if (quarterStart(year, entry.quarter) > monthOf(today))
    problems.push({ path: 'quarter', message: `${year} Q${entry.quarter} has not begun` });
  if (
    !Number.isFinite(entry.score) ||
    entry.score < 0 ||
    entry.score > 100 ||
    Math.round(entry.score * 10) !== entry.score * 10
  )
    problems.push({ path: 'score', message: 'a score 0–100 (one decimal at most)' });
  return problems;
}

/** A task's deadline must fall inside the list's year. */
export function deadlineProblems(deadline: string, year: number): TaskProblem[] {
  return deadline.slice(0, 4) === String(year)
    ? []
    : [{ path: 'deadline', message: `outside the list's year ${year}` }];
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length);

/**
 * A task's annual score: the mean of the quarters scored so far (one decimal), null before the
 * first score. A quarter not scored yet is left out rather than counted as zero: the year's report
 * says how many quarters were scored.
 */
export function taskAnnualScore(quarterScores: readonly number[]): number | null {
  return mean(quarterScores);
}

/** The list's annual score: the mean of its tasks' annual scores, tasks without a score left out. */
export function listAnnualScore(taskScores: readonly (number | null)[]): number | null {
  return mean(taskScores.filter((s): s is number => s !== null));
}

/** The latest progress of a task: the entry of the latest month, 0 before the first entry. */
export function latestProgress(entries: readonly { month: string; progress: number }[]): number {
  let latest: { month: string; progress: number } | null = null;
  for (const e of entries) if (latest === null || e.month > latest.month) latest = e;
  return latest?.progress ?? 0;
}

/** The months of `year` a task should have entries for on `today`: January up to this month. */
export function monthsDue(year: number, today: string): string[] {
  const last = monthOf(today);
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month <= last) out.push(month);
  }
  return out;
}

/**
 * What is wrong with a new list for `year` on `today`: the joint meeting that set it has been held
 * (not after today), in the list's year or the December before it.
 */
export function listProblems(
  list: { year: number; meetingOn: string },
  today: string,
): TaskProblem[] {
  const problems: TaskProblem[] = [];
  if (list.meetingOn > today)
    problems.push({ path: 'meetingOn', message: 'the joint meeting has not been held yet' });
  else if (list.meetingOn < `${list.year - 1}-12-01` || list.meetingOn > `${list.year}-12-31`)
    problems.push({ path: 'meetingOn', message: `not a meeting for the year ${list.year}` });
  return problems;
}
