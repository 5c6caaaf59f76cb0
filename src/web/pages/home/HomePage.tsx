import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link } from '../../router.tsx';
import { visibleRoutes } from '../../routes.ts';
import { useSession } from '../../session.tsx';
import { useMyDirectoryPerson } from '../me/useMyHouseholds.ts';
import { LoadingNotice } from './LoadingNotice.tsx';
import { TodoList } from '../../components/todo/TodoList.tsx';
import { useTodo } from '../../components/todo/useTodo.ts';

// A resident's roles: the village they live in is theirs, not a scope they administer, so it shows
// by name only — no region code, no talk of 管辖范围.
const RESIDENT_ROLES: ReadonlySet<string> = new Set(['villager', 'party_member', 'group_leader']);

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
      <Card title={t('todo.title')} loading={!todo}>
        <TodoList groups={todo?.groups ?? []} />
      </Card>
      <Card
        title={t(
          roles.every((grant) => RESIDENT_ROLES.has(grant.role))
            ? 'home.residentTitle'
            : 'home.rolesTitle',
        )}
      >
        <Flex vertical gap={12}>
          {roles.map((grant) => (
            <Flex key={`${grant.role}:${grant.scope}`} wrap gap={8} align="center">
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {roleLabel(t, grant.role, grant.scope)}
              </Tag>
              <Typography.Text strong>{grant.scopeName}</Typography.Text>
              {!RESIDENT_ROLES.has(grant.role) && (
                <Typography.Text type="secondary" copyable={{ text: grant.scope }}>
                  {grant.scope}
                </Typography.Text>
              )}
            </Flex>
          ))}
        </Flex>
      </Card>
      {modules.length > 0 && (
        <Card title={t('home.modulesTitle')}>
          <Row gutter={[16, 16]}>
            {modules.map((route) => (
              <Col key={route.path} xs={24} sm={12} lg={8}>
                <Link to={route.path} style={{ display: 'block', height: '100%' }}>
                  <Card hoverable size="small" title={t(route.labelKey)} style={{ height: '100%' }}>
                    <Typography.Text type="secondary">
                      {route.descriptionKey && t(route.descriptionKey)}
                    </Typography.Text>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </Flex>
  );
}
