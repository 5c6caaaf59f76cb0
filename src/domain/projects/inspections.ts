import { periodOf } from '../obligations/periods.ts';

/**
 * 人大 deputies inspect key projects (重点项目) each quarter; an inspection is an activity of type
 * `inspection` that names the project. The quarter of `today` (Asia/Shanghai) is covered when one
 * such activity falls in it. Not key: nothing is due (null).
 */
export function inspectedThisQuarter(
  key: boolean,
  inspectionDays: readonly string[],
  today: string,
): { quarter: string; inspected: boolean | null } {
  const quarter = periodOf(today, 'quarter');
  return {
    quarter: quarter.key,
    inspected: key ? inspectionDays.some((d) => d >= quarter.start && d <= quarter.end) : null,
  };
}
