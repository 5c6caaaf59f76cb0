import { Badge, Empty, Flex, Tag } from 'antd';
import type { TodoGroup } from '../../api/todoApi.ts';
import { formatInstantDay } from '../../i18n/format.ts';
import { jobKindLabel } from '../jobs/jobKindLabel.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { Link } from '../../router.tsx';

/** The to-do's groups, each with its first records and a link to all of them. */
export function TodoList({ groups, onNavigate }: { groups: TodoGroup[]; onNavigate?: () => void }) {
  const { t, locale } = useI18n();
  if (groups.length === 0) return <Empty description={t('todo.empty')} />;
  return (
    <Flex vertical gap={12}>
      {groups.map((group) => (
        <section key={group.kind} aria-label={t(`todo.kind.${group.kind}` as MessageKey)}>
          <Flex justify="space-between" align="center" gap={8}>
            <strong>
              {t(`todo.kind.${group.kind}` as MessageKey)}{' '}
              <Badge count={group.count} overflowCount={999} color="#c41d1d" />
            </strong>
            <Link to={group.link} onClick={onNavigate}>
              {t('todo.all', { count: group.count })}
            </Link>
          </Flex>
          {/* a plain list: antd's List brings Pagination and Select into every first page */}
          {group.items.length > 0 && (
            <ul className="lingyan-todo-items">
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link to={item.link} onClick={onNavigate} style={{ minWidth: 0, flex: 1 }}>
                    <Flex wrap gap={6} align="center">
                      {item.action && (
                        <Tag color="red" style={{ marginInlineEnd: 0 }}>
                          {t(`todo.action.${item.action}` as MessageKey)}
                        </Tag>
                      )}
                      <span className="lingyan-ellipsis">
                        {group.kind === 'jobs' ? jobKindLabel(t, item.title) : item.title}
                      </span>
                      {item.count > 1 && <span className="lingyan-muted">×{item.count}</span>}
                      {item.note && (
                        <span className="lingyan-muted lingyan-ellipsis">
                          {t('todo.note', { note: item.note })}
                        </span>
                      )}
                      {item.overdue ? (
                        <Tag color="error">{t('todo.overdue')}</Tag>
                      ) : (
                        item.dueAt && (
                          <span className="lingyan-muted">
                            {t('todo.due', {
                              date: formatInstantDay(item.dueAt, locale),
                            })}
                          </span>
                        )
                      )}
                    </Flex>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Flex>
  );
}
