// What a sheet of the Excel exchange looks like: its Chinese headers, which are required, how each
// cell parses, and the natural key that makes a re-import change nothing.
import type { Bilingual, CellParser } from './cells.ts';

export const EXCHANGE_ENTITIES = [
  'regions',
  'orgs',
  'units',
  'persons',
  'households',
  'memberships',
  'positions',
  'edges',
  'grids',
  'pairs',
  'assets',
] as const;
export type ExchangeEntity = (typeof EXCHANGE_ENTITIES)[number];

export interface ColumnDef<T, Req extends boolean> {
  /** The header as written in row 1 of the sheet, e.g. 身份证号. */
  header: string;
  required: Req;
  parse: CellParser<T>;
  /** The template's example row. */
  example: string;
  /** One line for the 说明 sheet. */
  note: string;
}

export type Columns = Record<string, ColumnDef<unknown, boolean>>;

/** The typed record one row parses into: optional columns are null when blank. */
export type RecordOf<C extends Columns> = {
  [K in keyof C]: C[K] extends ColumnDef<infer T, true>
    ? T
    : C[K] extends ColumnDef<infer T, false>
      ? T | null
      : never;
};

export interface SheetDefinition<C extends Columns = Columns> {
  entity: ExchangeEntity;
  /** Worksheet name and the title of the template, e.g. 人员. */
  sheetName: string;
  columns: C;
  /** Headers that together name the row (shown when two rows collide). */
  keyHeaders: readonly string[];
  /** The natural key: two rows of one file with the same key are refused. */
  naturalKey(row: RecordOf<C>): string;
  /** Rules across columns of one row (a position's end before its start…). */
  rowRules?(row: RecordOf<C>): Bilingual[];
  /** Extra lines for the 说明 sheet. */
  notes: readonly string[];
}

/** The typed record of a sheet's rows. */
export type SheetRecord<S> = S extends SheetDefinition<infer C> ? RecordOf<C> : never;

/** A sheet as declared: `key` names the columns that together make the natural key. */
export type SheetSpec<C extends Columns> = Omit<
  SheetDefinition<C>,
  'entity' | 'keyHeaders' | 'naturalKey'
> & { key: readonly (keyof C & string)[] };

/** A key column's value as the natural key writes it: an ID number by its normalized form. */
const keyText = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'normalized' in value
    ? String(value.normalized)
    : String(value);

/**
 * Declares a sheet with its record type inferred from the columns; its key headers and natural key
 * (the key columns' values joined by /) follow from `key`.
 */
export function defineSheet<C extends Columns>(
  entity: ExchangeEntity,
  { key, ...sheet }: SheetSpec<C>,
): SheetDefinition<C> {
  return {
    entity,
    ...sheet,
    keyHeaders: key.map((k) => sheet.columns[k]?.header ?? k),
    naturalKey: (row) => key.map((k) => keyText(row[k])).join('/'),
  };
}

// People type 所在村(区划代码), 所在村（区划代码） or add a * to required headers: all the same column.
export function normalizeHeader(header: string): string {
  return header
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s*＊]/g, '');
}
