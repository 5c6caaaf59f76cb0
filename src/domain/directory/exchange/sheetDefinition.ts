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

/** The column maker of required (or optional) columns: header, parser, example, note. */
const columnOf =
  <Req extends boolean>(required: Req) =>
  <T>(header: string, parse: CellParser<T>, example: string, note: string): ColumnDef<T, Req> => ({
    header,
    required,
    parse,
    example,
    note,
  });

export const required = columnOf(true);
export const optional = columnOf(false);

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

/** Declares a sheet with its record type inferred from the columns. */
export function defineSheet<C extends Columns>(sheet: SheetDefinition<C>): SheetDefinition<C> {
  return sheet;
}

// People type 所在村(区划代码), 所在村（区划代码） or add a * to required headers: all the same column.
export function normalizeHeader(header: string): string {
  return header
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s*＊]/g, '');
}
