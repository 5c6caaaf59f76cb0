import type { z } from 'zod';
import type { ExchangeEntity } from '../../../domain/directory/exchange/sheetDefinition.ts';
import {
  mapHeaders,
  problemsByRow,
  validateRows,
  type RowProblem,
} from '../../../domain/directory/exchange/validateSheet.ts';
import { grantsAllowing } from '../../../domain/access/policy.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { startJob, type JobOutcome, type ReportProgress } from '../../platform/jobs/runJob.ts';
import { importerOf } from './importers.ts';
import type { ImportCounts } from './importer.ts';
import type { importResultView } from './schema.ts';
import { readUpload, XLSX_TYPE } from './workbookReader.ts';
import { errorWorkbook } from './workbookWriter.ts';

// The result lists at most this many problems; the error file has them all.
const PROBLEMS_IN_RESULT = 100;

export type ImportResult = z.infer<typeof importResultView>;

/**
 * Checks the file is a readable workbook with the entity's columns (else 400 at once), then
 * validates every row and writes all of them, or none, in a background job.
 */
export async function startImport(
  ctx: Ctx,
  entity: ExchangeEntity,
  file: Buffer,
): Promise<{ jobId: string; url: string }> {
  const actor = requireActor(ctx);
  const importer = importerOf(entity);
  const upload = await readUpload(file, importer.sheet);
  const headers = mapHeaders(importer.sheet, upload.header);
  if (!headers.ok)
    throw new AppError('VALIDATION', headers.problem, {
      issues: [{ path: 'body', message: headers.problem.en }],
    });
  const scope = grantsAllowing(actor, 'directory.write')[0]?.regionCode;
  if (!scope) throw new AppError('FORBIDDEN');
  const jobId = await startJob(ctx, `import.${entity}`, scope, (progress) =>
    importWork(ctx, entity, upload, headers.indexes, progress),
  );
  return { jobId, url: `/api/v1/jobs/${jobId}` };
}

async function importWork(
  ctx: Ctx,
  entity: ExchangeEntity,
  upload: Awaited<ReturnType<typeof readUpload>>,
  indexes: Record<string, number | null>,
  progress: ReportProgress,
): Promise<JobOutcome> {
  const importer = importerOf(entity);
  const started = performance.now();
  const total = Math.max(1, upload.rows.length);
  const validation = validateRows(
    importer.sheet,
    indexes,
    upload.rows,
    { today: shanghaiDate(ctx.clock()) },
    (done) => progress((0.3 * done) / total, '校验中 / validating'),
  );
  let validateMs = 0;
  // Set inside the transaction's callback; a holder object keeps its type through the closure.
  const written: { counts: ImportCounts | null } = { counts: null };
  const problems: RowProblem[] = [...validation.problems];
  await transaction(ctx, async (tx) => {
    progress(0.3, '核对引用与权限 / checking references and scope');
    const plan = await importer.plan(tx, validation.valid);
    problems.push(...plan.problems);
    validateMs = performance.now() - started;
    if (problems.length > 0) return; // nothing is written: the transaction has only read
    const counts = await plan.write(tx, (f) => progress(0.4 + 0.55 * f, '写入中 / writing'));
    await appendAudit(tx, {
      action: 'exchange.import',
      objectType: entity,
      regionCode: null,
      detail: { rows: validation.rowCount, ...counts },
    });
    written.counts = counts;
  });
  const writeMs = performance.now() - started - validateMs;
  const counts = written.counts;
  const byRow = problemsByRow(problems);
  const result: ImportResult = {
    entity,
    rows: validation.rowCount,
    failedRows: byRow.size,
    counts,
    problems: [...byRow.values()].flat().slice(0, PROBLEMS_IN_RESULT),
    timings: { validateMs: Math.round(validateMs), writeMs: Math.round(writeMs) },
  };
  if (byRow.size === 0)
    return {
      result,
      message: `导入完成：新增 ${counts?.created ?? 0}，更新 ${counts?.updated ?? 0}，未变 ${counts?.unchanged ?? 0}`,
    };
  progress(0.95, '生成错误说明文件 / writing the error file');
  const data = await errorWorkbook(upload.workbook, upload.worksheet, upload.header, byRow);
  return {
    failed: true,
    result,
    message: `${byRow.size} 行有误，未导入任何数据；请下载错误说明文件，改正后重新上传 / ${byRow.size === 1 ? '1 row has' : `${byRow.size} rows have`} errors, nothing was imported`,
    artifact: { name: `${importer.sheet.sheetName}-错误说明.xlsx`, type: XLSX_TYPE, data },
  };
}
