import type { SQL } from 'drizzle-orm';
import type {
  PgSelectBase,
  PgSelectBuilder,
  PgSelectJoin,
  PgTable,
  SelectedFields,
} from 'drizzle-orm/pg-core';

/**
 * A select of `T` from table `TFrom` inner-joined to `TFirst`, then `TSecond`. Dynamic, so that
 * the type may name the second join on a selection still generic.
 */
export type TwoInnerJoins<
  TFrom extends PgTable,
  T extends SelectedFields,
  TFirst extends PgTable,
  TSecond extends PgTable,
> = PgSelectJoin<
  PgSelectJoin<
    PgSelectBase<TFrom['_']['name'], T, 'partial', Record<TFrom['_']['name'], 'not-null'>, true>,
    true,
    'inner',
    TFirst
  >,
  true,
  'inner',
  TSecond
>;

/**
 * A join that several reads start from, written once: the returned function takes the select
 * (`ctx.db.select({…})` or `selectDistinct`), and the caller goes on with `where`, `groupBy`,
 * `orderBy`. Drizzle cannot infer a second join on a selection still generic, so the query is
 * built on any selection and typed as `TwoInnerJoins`, which resolves at each call.
 */
export function twoInnerJoins<
  TFrom extends PgTable,
  TFirst extends PgTable,
  TSecond extends PgTable,
>(from: TFrom, first: TFirst, firstOn: SQL, second: TSecond, secondOn: SQL) {
  return <T extends SelectedFields>(
    select: PgSelectBuilder<T>,
  ): TwoInnerJoins<TFrom, T, TFirst, TSecond> =>
    (select as unknown as PgSelectBuilder<SelectedFields>)
      .from(from as PgTable)
      .innerJoin(first as PgTable, firstOn)
      .innerJoin(second as PgTable, secondOn) as never;
}
