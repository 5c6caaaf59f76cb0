import type { Permission } from '../../api/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { useListQuery, type ListQuery } from './useListQuery.ts';
import { useListRoute } from './useListRoute.ts';
import { useRowEditor } from './useRowEditor.ts';

type RowOf<T> = T extends { items: readonly (infer R)[] } ? R : never;

/**
 * A list page whose rows are created and edited in a modal: its route and rows, the row editor,
 * whether the user may write (`permission`), and the ListPage's create button (none without it).
 */
export function useEditableList<K extends string, T>(
  path: string,
  keys: readonly K[],
  load: (query: ListQuery<K>, signal: AbortSignal) => Promise<T>,
  permission: Permission = 'directory.write',
) {
  const { t } = useI18n();
  const session = useSession();
  const route = useListRoute(path, keys);
  const list = useListQuery(route, load);
  const editor = useRowEditor<RowOf<T>>();
  const canWrite = session.can(permission);
  const create = canWrite ? { label: t('dp.create'), onClick: editor.create } : undefined;
  return { route, list, editor, canWrite, create };
}
