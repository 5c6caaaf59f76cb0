import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { useListQuery, type ListQuery } from './useListQuery.ts';
import { useListRoute } from './useListRoute.ts';
import { useRowEditor } from './useRowEditor.ts';

/**
 * The set-up of a directory list page whose rows are created and edited in a modal (grids, party
 * members, positions): its route and rows, the row editor, whether the user may write the
 * directory, and the ListPage's create button (none where they may not). The page keeps its own
 * form (`Form.useForm`), which its RowEditModal binds.
 */
export function useEditableList<K extends string, T extends { items: readonly unknown[] }>(
  path: string,
  keys: readonly K[],
  load: (query: ListQuery<K>, signal: AbortSignal) => Promise<T>,
) {
  const { t } = useI18n();
  const session = useSession();
  const route = useListRoute(path, keys);
  const list = useListQuery(route, load);
  const editor = useRowEditor<T['items'][number]>();
  const canWrite = session.can('directory.write');
  const create = canWrite ? { label: t('dp.create'), onClick: editor.create } : undefined;
  return { route, list, editor, canWrite, create };
}
