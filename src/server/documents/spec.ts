import type { CellValue } from '../../domain/directory/exchange/cells.ts';

/**
 * Files described as plain data, so a worker thread can build them: the HTTP thread collects the
 * rows and the words, the document thread turns them into .xlsx or .docx bytes.
 */
export interface ColumnSpec {
  header: string;
  width: number;
  /** Text format: Excel must not turn an ID number or a region code into 1.10105E+17. */
  text?: boolean;
  /** Header shading, ARGB. */
  fill?: string;
  /** A comment on the header cell. */
  note?: string;
  /** Excel's number format of the column, e.g. '#,##0.00' for 元 from whole 分. */
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly CellValue[])[];
  /** Header cells past the columns (shown next to the data, ignored on import). */
  extraHeaders?: readonly { header: string; width: number }[];
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
}

export type DocxBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[] };

export interface DocxSpec {
  blocks: readonly DocxBlock[];
}

export type DocumentRequest =
  { kind: 'xlsx'; spec: WorkbookSpec } | { kind: 'docx'; spec: DocxSpec };
