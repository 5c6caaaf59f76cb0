import { Flex, Skeleton, Tag } from 'antd';
import { CopyText } from '../../components/CopyText.tsx';
import { Panel } from '../../components/panel/Panel.tsx';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link } from '../../router.tsx';
import { holdsRegionGrant, visibleRoutes } from '../../routes.ts';
import { useSession } from '../../session.tsx';
import { useMyDirectoryPerson } from '../me/useMyHouseholds.ts';
import { RegionGlance } from './RegionGlance.tsx';
import { ResidentHome } from './ResidentHome.tsx';
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
  const modules = visibleRoutes(permissions, {
    hasDirectoryPerson: me.hasPerson,
    hasRegionGrant: holdsRegionGrant(roles),
  }).filter((route) => route.descriptionKey);
  const residentOnly = roles.every((grant) => RESIDENT_ROLES.has(grant.role));

  return (
    <Flex vertical gap={16}>
      <div>
        <h1 className="lingyan-page-title">{t('home.welcome', { name: displayName })}</h1>
        <p className="lingyan-muted">{t('home.intro')}</p>
      </div>
      {residentOnly && me.hasPerson && <ResidentHome />}
      <Panel title={t('todo.title')}>
        {todo ? <TodoList groups={todo.groups} /> : <Skeleton active />}
      </Panel>
      {!residentOnly && permissions.includes('evaluation.read') && <RegionGlance />}
      <Panel title={t(residentOnly ? 'home.residentTitle' : 'home.rolesTitle')}>
        <Flex vertical gap={12}>
          {roles.map((grant) => (
            <Flex key={`${grant.role}:${grant.scope}`} wrap gap={8} align="center">
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {roleLabel(t, grant.role, grant.scope)}
              </Tag>
              <strong>{grant.scopeName}</strong>
              {!RESIDENT_ROLES.has(grant.role) && <CopyText text={grant.scope} />}
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
                  <span className="lingyan-muted">
                    {route.descriptionKey && t(route.descriptionKey)}
                  </span>
                </Panel>
              </Link>
            ))}
          </div>
        </Panel>
      )}
    </Flex>
  );
}
