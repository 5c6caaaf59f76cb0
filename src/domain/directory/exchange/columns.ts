// The column makers of the exchange's sheets: a header, how its cells parse, the template's example
// and the 说明 sheet's note; with the columns several sheets share (terms, ID numbers, the village).
import type { VocabularyEntry } from '../vocabulary.ts';
import {
  idNumber,
  regionCode,
  vocabulary,
  vocabularyList,
  zhLabels,
  type CellParser,
} from './cells.ts';
import type { ColumnDef } from './sheetDefinition.ts';

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

/** A column of one term of `terms`: its note lists them (可选：…), then `more`. */
const termOf =
  <Req extends boolean>(req: Req) =>
  <E extends VocabularyEntry>(header: string, terms: readonly E[], example: string, more = '') =>
    columnOf(req)(header, vocabulary(terms), example, `可选：${zhLabels(terms)}${more}`);

export const requiredTerm = termOf(true);
export const optionalTerm = termOf(false);

/** An optional column of several terms of `terms`, written as a list cell. */
export const optionalTerms = <E extends VocabularyEntry>(
  header: string,
  terms: readonly E[],
  example: string,
) => optional(header, vocabularyList(terms), example, `多个用顿号分隔，可选：${zhLabels(terms)}`);

/** A person named by ID number (the template's example is one made-up number). */
export const idNumberColumn = (header: string, note: string, example = '11010519491231002X') =>
  required(header, idNumber, example, note);

/** The village (or community) a row belongs to, by its 12-digit code; `note` says which. */
export const villageColumn = (note: string) =>
  required('所在村（区划代码）', regionCode(['village']), '410599101201', note);
