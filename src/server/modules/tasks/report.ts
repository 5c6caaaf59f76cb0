import { monthsDue } from '../../../domain/tasks/taskList.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { buildDocx } from '../../documents/renderer.ts';
import type { DocxBlock } from '../../documents/spec.ts';
import type { Ctx } from '../../platform/context.ts';
import { getTaskList } from './detail.ts';

const QUARTERS = ['一季度', '二季度', '三季度', '四季度'];
const score = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : String(n);

/**
 * 年述职: the year's report of a union's task list, written from the records only — the targets of
 * the joint meeting, the tasks with their owners, the monthly entries, the quarterly and annual
 * scores. Nothing in it is typed in for the report.
 */
export async function annualReport(
  ctx: Ctx,
  listId: string,
): Promise<{ name: string; data: Buffer }> {
  const list = await getTaskList(ctx, listId);
  const today = shanghaiDate(ctx.clock());
  const due = monthsDue(list.year, today).length;
  const scoredQuarters = new Set(list.items.flatMap((t) => t.scores.map((s) => s.quarter)));
  const blocks: DocxBlock[] = [
    { kind: 'title', text: `${list.subject.name}${list.year}年度述职报告` },
    {
      kind: 'paragraph',
      text: `${list.meetingOn} 联席会议确定年度目标 ${list.targets.length} 项，形成任务 ${list.tasks} 项，已完成关闭 ${list.closed} 项。截至 ${today}，已考评 ${scoredQuarters.size} 个季度，年度综合得分 ${score(list.annualScore)} 分。`,
    },
    { kind: 'heading', text: '一、年度目标（订单）' },
    ...list.targets.map((t, i): DocxBlock => ({ kind: 'paragraph', text: `${i + 1}. ${t}` })),
    { kind: 'heading', text: '二、任务分工（领单）' },
    {
      kind: 'table',
      header: ['序号', '任务', '工作措施', '责任人', '完成时限', '状态'],
      rows: list.items.map((t, i) => [
        String(i + 1),
        t.title,
        t.measures,
        t.owner?.name ?? '未领单',
        t.deadline,
        t.status === 'closed' ? '已完成' : '推进中',
      ]),
    },
    { kind: 'heading', text: '三、月度跟踪（月跟踪）' },
    {
      kind: 'table',
      header: ['任务', '已报月数', '最新月份', '最新进度', '最近情况'],
      rows: list.items.map((t) => {
        const last = t.progress.at(-1);
        return [
          t.title,
          `${t.progress.length}/${due}`,
          last?.month ?? '—',
          `${t.latestProgress}%`,
          last?.note ?? '—',
        ];
      }),
    },
    { kind: 'heading', text: '四、季度考评与年度得分（评单）' },
    {
      kind: 'table',
      header: ['任务', ...QUARTERS, '年度得分'],
      rows: list.items.map((t) => [
        t.title,
        ...[1, 2, 3, 4].map((q) => score(t.scores.find((s) => s.quarter === q)?.score)),
        score(t.annualScore),
      ]),
    },
    {
      kind: 'paragraph',
      text: `年度综合得分为各任务年度得分的平均数：${score(list.annualScore)} 分；各任务年度得分为已考评季度得分的平均数。`,
    },
  ];
  return { name: `${list.subject.name}${list.year}年述职.docx`, data: await buildDocx({ blocks }) };
}
