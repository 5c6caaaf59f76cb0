import { inArray } from 'drizzle-orm';
import { can, type Actor } from '../../../domain/access/policy.ts';
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

/**
 * The person a row names by 身份证号 must be registered and readable by the importer; `who` names
 * them in the Chinese (此人, 任职人).
 */
export function checkRegistered(
  actor: Actor,
  person: { regionCode: string } | undefined,
  fail: ReturnType<typeof rowChecks>['fail'],
  who: string,
): void {
  if (!person || !can(actor, 'directory.read', person.regionCode))
    fail(
      '身份证号',
      `${who}尚未登记（请先导入“人员”）`,
      'ID number: no such person (import persons first)',
    );
}

/** `rowChecks` that begin with the region check of the row's `column` (most sheets' first check). */
export const checksAfterRegion =
  (problems: RowProblem[], checkRegion: RegionCheck) =>
  (row: number, column: string, code: string) =>
    rowChecks(problems, row, checkRegion(row, column, code));

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

/** A region check: the row's problem with the code in `column`, or null. */
export type RegionCheck = (row: number, column: string, code: string) => RowProblem | null;

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
  const check: RegionCheck = (row, column, code) => {
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
  return check;
}
