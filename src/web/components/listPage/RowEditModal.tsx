import { useI18n } from '../../i18n/useI18n.ts';
import { SaveModal, type SaveModalProps } from '../SaveModal.tsx';
import type { RowEditor } from './useRowEditor.ts';

interface RowEditModalProps<V, T, R> extends Omit<
  SaveModalProps<V, R>,
  'open' | 'title' | 'savedText' | 'onClose'
> {
  editor: RowEditor<T>;
  /** What names the row in the title after "Edit": a person, a position. */
  naming?: (row: T) => string[];
}

/** A list page's create/edit form for the row its editor is open on ("Create" without one). */
export function RowEditModal<V extends object, T, R = unknown>(props: RowEditModalProps<V, T, R>) {
  const { editor, naming, ...modal } = props;
  const { t } = useI18n();
  const { row } = editor;
  return (
    <SaveModal<V, R>
      {...modal}
      open={editor.open}
      title={row ? [t('dp.edit'), ...(naming?.(row) ?? [])].join(' · ') : t('dp.create')}
      savedText={row ? t('dp.saved') : t('dp.created')}
      onClose={editor.close}
    />
  );
}
