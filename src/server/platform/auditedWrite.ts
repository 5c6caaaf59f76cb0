import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { appendAudit, type AuditEntry } from '../audit/appendAudit.ts';
import type { Ctx } from './context.ts';

/**
 * The audited writes most services make, each inside the caller's transaction: a new row with
 * its creation event, an edit whose event holds the object before and after and the fields the
 * patch named, and a plain update of one row. What the event says by default: the row's id and
 * region (and, for a new row, the row itself).
 */
type Kind = Pick<AuditEntry, 'action' | 'objectType'>;
type Located = { regionCode?: string | null };
// A view that names its region (`regionCode`), or one whose caller names it (a region's own code).
type Viewed = object;
type EditExtras = { regionCode?: string; detail?: Record<string, unknown> };

/** Inserts `row` into `table` and appends its creation event (fields of `audit` replace the defaults). */
export async function insertAudited<T extends PgTable>(
  tx: Ctx,
  table: T,
  row: PgInsertValue<T> & Located & { id?: string },
  audit: Kind & Partial<AuditEntry>,
): Promise<void> {
  await tx.db.insert(table).values(row);
  await appendAudit(tx, { objectId: row.id, regionCode: row.regionCode, after: row, ...audit });
}

/**
 * The event of an edit: before, after, and `detail.fields` the keys of the patch (plus `detail`).
 * Its region is the object's region before the edit unless `regionCode` names another.
 */
export async function auditEdit<V extends Viewed>(
  tx: Ctx,
  audit: Kind & { objectId: string; patch: object; before: V; after: V } & EditExtras,
): Promise<void> {
  const { patch, before, after, detail, regionCode, ...kind } = audit;
  await appendAudit(tx, {
    ...kind,
    regionCode: regionCode ?? (before as Located).regionCode,
    before,
    after,
    detail: { fields: Object.keys(patch), ...detail },
  });
}

/**
 * Sets `patch` (and `updatedAt`) on the row `where` selects, reloads it with `load` and audits the
 * edit against `before`. Answers the reloaded object.
 */
export async function patchAudited<T extends PgTable, V extends Viewed>(
  tx: Ctx,
  target: { table: T; where: SQL; load: () => Promise<V> },
  audit: Kind & { objectId: string; patch: object; before: V } & EditExtras,
): Promise<V> {
  const set = { ...audit.patch, updatedAt: tx.clock() } as PgUpdateSetSource<T>;
  await tx.db.update(target.table).set(set).where(target.where);
  const after = await target.load();
  await auditEdit(tx, { ...audit, after });
  return after;
}

/**
 * Sets `set` on `row` of `table` (by its id) and appends the event of that change: the row's id
 * and region, and the `before`/`after` (and `detail`) the caller says the event shows.
 */
export async function updateAudited<T extends PgTable & { id: AnyPgColumn }>(
  tx: Ctx,
  table: T,
  row: { id: string } & Located,
  set: PgUpdateSetSource<T>,
  audit: Kind & Pick<AuditEntry, 'before' | 'after' | 'detail'>,
): Promise<void> {
  await tx.db.update(table).set(set).where(eq(table.id, row.id));
  await appendAudit(tx, { objectId: row.id, regionCode: row.regionCode, ...audit });
}
