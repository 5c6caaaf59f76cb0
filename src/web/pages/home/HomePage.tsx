import { Flex, Skeleton, Tag, Typography } from 'antd';
import { Panel } from '../../components/panel/Panel.tsx';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link } from '../../router.tsx';
import { visibleRoutes } from '../../routes.ts';
import { useSession } from '../../session.tsx';
import { useMyDirectoryPerson } from '../me/useMyHouseholds.ts';
import { LoadingNotice } from './LoadingNotice.tsx';
import { TodoList } from '../../components/todo/TodoList.tsx';
import { useTodo } from '../../components/todo/useTodo.ts';

export default function HomePage() {
  const { t } = useI18n();
  const { displayName, roles, permissions, username } = useSession();
  const me = useMyDirectoryPerson(username);
  const todo = useTodo();
  const modules = visibleRoutes(permissions, { hasDirectoryPerson: me.hasPerson }).filter(
    (route) => route.descriptionKey,
  );

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      </div>
      <LoadingNotice />
      <Panel title={t('todo.title')}>
        {todo ? <TodoList groups={todo.groups} /> : <Skeleton active />}
      </Panel>
      <Panel title={t('home.rolesTitle')}>
        <Flex vertical gap={12}>
          {roles.map((grant) => (
            <Flex key={`${grant.role}:${grant.scope}`} wrap gap={8} align="center">
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {roleLabel(t, grant.role, grant.scope)}
              </Tag>
              <Typography.Text strong>{grant.scopeName}</Typography.Text>
              <Typography.Text type="secondary" copyable={{ text: grant.scope }}>
                {grant.scope}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      </Panel>
      {modules.length > 0 && (
        <Panel title={t('home.modulesTitle')}>
          <div className="lingyan-module-grid">
            {modules.map((route) => (
              <Link key={route.path} to={route.path} className="lingyan-panel-link">
                <Panel title={t(route.labelKey)}>
                  <Typography.Text type="secondary">
                    {route.descriptionKey && t(route.descriptionKey)}
                  </Typography.Text>
                </Panel>
              </Link>
            ))}
          </div>
        </Panel>
      )}
    </Flex>
  );
}
