import { eq, getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { appendAuditCopy, type AuditEntry } from '../../audit/appendAudit.ts';
import { copyInTransaction } from '../../db/copyInTransaction.ts';
import type { Actor } from '../../../domain/access/policy.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import type {
  Columns,
  RecordOf,
  SheetDefinition,
} from '../../../domain/directory/exchange/sheetDefinition.ts';
import type { RowProblem, ValidRow } from '../../../domain/directory/exchange/validateSheet.ts';
import type { ImportCounts, Importer } from './importer.ts';

type Fields = Record<string, unknown>;

/**
 * What an importer found to write for one table: rows to create, rows whose stored values change
 * (`set` holds only the changed fields), and how many rows of the file matched a stored one as it is.
 */
export class UpsertBatch<Row extends Fields> {
  readonly inserts: Row[] = [];
  readonly updates: { before: Row; set: Partial<Row> }[] = [];
  unchanged = 0;

  create(row: Row): void {
    this.inserts.push(row);
  }

  /** A stored row against the file's values: an update when `set` names a field, else unchanged. */
  change(before: Row, set: Partial<Row>): void {
    if (Object.keys(set).length === 0) this.unchanged++;
    else this.updates.push({ before, set });
  }
}

/** What an importer's plan fills as it reads the file: the rows' problems, the writes, one clock reading. */
export function planScratch<Row extends Fields>(tx: Ctx) {
  return { problems: [] as RowProblem[], batch: new UpsertBatch<Row>(), now: tx.clock() };
}

/** What an upsert importer's `fill` works with: the caller and the plan's scratch. */
export type UpsertScratch<Row extends Fields> = ReturnType<typeof planScratch<Row>> & {
  actor: Actor;
};

/** What `fill` may add to the write: a target built from what it read, work after the upserts. */
export interface UpsertFinish<Row extends Fields> {
  target?: UpsertTarget<Row>;
  after?(tx: Ctx): Promise<void>;
}

/**
 * An importer that upserts one table: `fill` resolves the rows' references against the database,
 * puts each row's problems or its create/change into the scratch; the write is `writeUpserts` of
 * that batch (then `after`, in the same transaction).
 */
export function upsertImporter<C extends Columns, Row extends Fields>(
  sheet: SheetDefinition<C>,
  target: UpsertTarget<Row>,
  fill: (
    tx: Ctx,
    rows: ValidRow<RecordOf<C>>[],
    scratch: UpsertScratch<Row>,
  ) => Promise<UpsertFinish<Row> | void>,
): Importer<RecordOf<C>> {
  return {
    sheet,
    async plan(tx, rows) {
      const scratch = { ...planScratch<Row>(tx), actor: requireActor(tx) };
      const finish = (await fill(tx, rows, scratch)) ?? {};
      return {
        problems: scratch.problems,
        async write(w, progress) {
          const counts = await writeUpserts(w, finish.target ?? target, scratch.batch, progress);
          await finish.after?.(w);
          return counts;
        },
      };
    },
  };
}

/** How one table is written by the import: its key and what its audit rows say. */
export interface UpsertTarget<Row extends Fields> {
  table: PgTable;
  /** The column an update is keyed on, and that key of a row (also the audit's object id). */
  key: PgColumn;
  keyOf(row: Row): string;
  /** The region of a row, for the audit (a region itself is its own). */
  regionOf(row: Row): string;
  objectType: string;
  /** `create` and `update` actions; `updateAction` may name the update by what it changes. */
  create: string;
  update: string;
  updateAction?(before: Row, set: Partial<Row>): string;
  /** What the audit digest covers (default: the whole row). */
  digest?(row: Partial<Row>): unknown;
  /** The audit's `after` of an update carries the new `updatedAt` (as the service's update does). */
  afterStamped?: boolean;
  /** More detail for an audit row, beside `via: 'import'`. */
  createDetail?(row: Row): Fields;
  updateDetail?(before: Row, set: Partial<Row>): Fields;
}

/** A county table's region columns: the region and the county it lies in. */
export const inRegion = (regionCode: string) => ({
  regionCode,
  countyCode: regionCode.slice(0, 6),
});

/** A new row of a county's table keyed elsewhere (its own id, a person's): region and stamps. */
export const createdIn = (now: Date, regionCode: string) => ({
  ...inRegion(regionCode),
  createdAt: now,
  updatedAt: now,
});

/** The columns every new row of a county's table starts with. */
export const freshRow = (now: Date, regionCode: string) => ({
  id: uuidv7(now.getTime()),
  ...createdIn(now, regionCode),
});

/** Whether two string lists (tags, capabilities, ids) are the same, in order. */
export const sameArray = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

// Progress is reported every this many updates.
const PROGRESS_EVERY = 500;

/**
 * Writes a batch inside the import's transaction: new rows by COPY, changed rows one UPDATE each
 * (`updatedAt` set to now), then an audit row per create and per update (before/after digests,
 * the changed fields) through the audit writer. Progress is the share of rows written.
 */
export async function writeUpserts<Row extends Fields>(
  tx: Ctx,
  target: UpsertTarget<Row>,
  batch: UpsertBatch<Row>,
  progress: (fraction: number) => void,
): Promise<ImportCounts> {
  const { inserts, updates } = batch;
  const now = tx.clock();
  const digest = target.digest ?? ((row: Partial<Row>) => row);
  const total = Math.max(1, inserts.length + updates.length);
  let done = 0;
  await copyInTransaction(tx, target.table, inserts);
  progress((done += inserts.length) / total);
  const audit: AuditEntry[] = inserts.map((row) => ({
    action: target.create,
    objectType: target.objectType,
    objectId: target.keyOf(row),
    regionCode: target.regionOf(row),
    after: digest(row),
    detail: { via: 'import', ...target.createDetail?.(row) },
  }));
  for (const { before, set } of updates) {
    if (Object.keys(set).length > 0)
      await tx.db
        .update(target.table)
        .set({ ...set, updatedAt: now })
        .where(eq(target.key, target.keyOf(before)));
    if (++done % PROGRESS_EVERY === 0) progress(done / total);
    const after = target.afterStamped
      ? { ...before, ...set, updatedAt: now }
      : { ...before, ...set };
    audit.push({
      action: target.updateAction?.(before, set) ?? target.update,
      objectType: target.objectType,
      objectId: target.keyOf(before),
      regionCode: target.regionOf(after),
      before: digest(before),
      after: digest(after),
      detail: {
        via: 'import',
        fields: Object.keys(set),
        ...target.updateDetail?.(before, set),
      },
    });
  }
  await appendAuditCopy(tx, audit);
  return { created: inserts.length, updated: updates.length, unchanged: batch.unchanged };
}

/**
 * A target keyed by its column `field` (as `storedBy` names it), in the row's `regionCode`, with
 * the actions `<entity>.create` and `<entity>.update`; `more` overrides any of it.
 */
export function upsertTarget<T extends PgTable, Row extends Fields = T['$inferSelect']>(
  table: T,
  field: keyof T['_']['columns'] & string,
  objectType: string,
  entity: string,
  more: Partial<UpsertTarget<Row>> = {},
): UpsertTarget<Row> {
  const key = getTableColumns(table)[field] as PgColumn | undefined;
  if (!key) throw new Error(`${field} is not a column of the upsert's table`);
  return {
    table,
    key,
    keyOf: (row) => String(row[field]),
    regionOf: (row) => String(row.regionCode),
    objectType,
    create: `${entity}.create`,
    update: `${entity}.update`,
    ...more,
  };
}
