import type { TableColumnType } from 'antd';
import {
  labelOf,
  type Locale,
  type VocabularyEntry,
} from '../../../domain/directory/vocabulary.ts';

/** The column showing a vocabulary code of each row by its label in the user's language. */
export function vocabularyColumn<T>(
  title: string,
  dataIndex: keyof T & string,
  vocabulary: readonly VocabularyEntry[],
  locale: Locale,
): TableColumnType<T> {
  return { title, dataIndex, render: (code: string) => labelOf(vocabulary, code, locale) };
}
