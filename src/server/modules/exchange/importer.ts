import { inArray } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import type { Permission } from '../../../domain/access/roles.ts';
import type { SheetDefinition } from '../../../domain/directory/exchange/sheetDefinition.ts';
import type { RowProblem, ValidRow } from '../../../domain/directory/exchange/validateSheet.ts';
import { regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an importer found: problems (nothing is written), or the writes to make. */
export interface ImportPlan {
  problems: RowProblem[];
  /** Runs inside the import's transaction (audit rows included); returns the counts. */
  write(tx: Ctx, progress: (fraction: number) => void): Promise<ImportCounts>;
}

/** One entity's import: references resolved and scope checked against the database, then written. */
export interface Importer<R> {
  sheet: SheetDefinition;
  plan(tx: Ctx, rows: ValidRow<R>[]): Promise<ImportPlan>;
}

export const IN_CHUNK = 2000;

/** Runs `query` over `keys` in chunks (IN lists stay a sane size). */
export async function inChunks<K, T>(
  keys: readonly K[],
  query: (chunk: K[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += IN_CHUNK)
    out.push(...(await query(unique.slice(i, i + IN_CHUNK))));
  return out;
}

/** Keeps a row's problems (a null is a check that passed); true when the row has any. */
export function failed(problems: RowProblem[], found: readonly (RowProblem | null)[]): boolean {
  const errors = found.filter((p): p is RowProblem => p !== null);
  problems.push(...errors);
  return errors.length > 0;
}

/**
 * Collects a row's problems: `fail` words the Chinese as `列名：…` (the column named first);
 * `rejected` moves them into `problems` and says whether the row has any.
 */
export function rowChecks(problems: RowProblem[], row: number, ...first: (RowProblem | null)[]) {
  const found: (RowProblem | null)[] = [...first];
  const fail = (column: string, zh: string, en: string): void => {
    found.push(problem(row, column, `${column}：${zh}`, en));
  };
  return { found, fail, rejected: () => failed(problems, found) };
}

/** The region codes of a sheet's rows (the ones its region check reads). */
export const regionCodesOf = (rows: readonly { record: { regionCode: string } }[]): string[] =>
  rows.map((r) => r.record.regionCode);

/** `regionChecker` over the region codes of a sheet's rows. */
export const rowsRegionChecker = (tx: Ctx, rows: readonly { record: { regionCode: string } }[]) =>
  regionChecker(tx, regionCodesOf(rows));

export const problem = (
  row: number,
  column: string | null,
  zh: string,
  en: string,
): RowProblem => ({ row, column, zh, en });

/**
 * The region check every importer makes: the code exists and lies in the actor's scope for
 * `permission`. Out of scope is a failure of that row, never a write.
 */
export async function regionChecker(
  tx: Ctx,
  codes: readonly string[],
  permission: Permission = 'directory.write',
) {
  const actor = requireActor(tx);
  const known = new Set(
    (
      await inChunks(codes, (chunk) =>
        tx.db.select({ code: regions.code }).from(regions).where(inArray(regions.code, chunk)),
      )
    ).map((r) => r.code),
  );
  return (row: number, column: string, code: string): RowProblem | null => {
    if (!can(actor, permission, code))
      return problem(
        row,
        column,
        `${column}：${code} 不在您的管辖范围内`,
        `${column}: ${code} is outside your scope`,
      );
    if (!known.has(code))
      return problem(
        row,
        column,
        `${column}：区划 ${code} 不存在`,
        `${column}: region ${code} does not exist`,
      );
    return null;
  };
}
