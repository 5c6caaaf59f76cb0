import type { PgSelectBase, PgSelectJoin, PgTable, SelectedFields } from 'drizzle-orm/pg-core';

/**
 * A select of `T` from table `TFrom` inner-joined to `TFirst`, then `TSecond`: the type a shared
 * join (`fromEvaluations`, `fromPairings`) returns. Drizzle cannot follow a second join on a
 * selection still generic, so the helpers build the query on any selection and state this type,
 * which resolves at each call. Dynamic, so that the type may name the second join.
 */
export type TwoInnerJoins<
  TFrom extends string,
  T extends SelectedFields,
  TFirst extends PgTable,
  TSecond extends PgTable,
> = PgSelectJoin<
  PgSelectJoin<
    PgSelectBase<TFrom, T, 'partial', Record<TFrom, 'not-null'>, true>,
    true,
    'inner',
    TFirst
  >,
  true,
  'inner',
  TSecond
>;
