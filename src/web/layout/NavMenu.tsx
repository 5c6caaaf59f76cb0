import { Menu } from 'antd';
import { useI18n } from '../i18n/useI18n.ts';
import { navigate, useLocation } from '../router.tsx';
import { useMyDirectoryPerson } from '../pages/me/useMyHouseholds.ts';
import { holdsRegionGrant, visibleRoutes } from '../routes.ts';
import type { ModuleRoute } from '../routes.ts';
import { FLAT_MENU_MAX, NAV_GROUPS } from './navGroups.ts';
import { useSession } from '../session.tsx';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { permissions, roles, username } = useSession();
  const { pathname } = useLocation();
  const me = useMyDirectoryPerson(username);
  // 我的联户 for a member who answers for households, 我家 for everyone else
  const labelOf = (route: ModuleRoute) =>
    route.personal ? (me.hasContacts ? 'nav.myContacts' : 'nav.myHome') : route.labelKey;
  const visible = visibleRoutes(permissions, {
    hasDirectoryPerson: me.hasPerson,
    hasRegionGrant: holdsRegionGrant(roles),
  }).filter((route) => route.inMenu !== false);
  const entry = (route: ModuleRoute) => ({
    key: route.path,
    // a real link, so opening a module in a new tab works
    label: (
      <a href={route.path} onClick={(event) => event.preventDefault()}>
        {t(labelOf(route))}
      </a>
    ),
  });
  // a long menu is grouped by the work under headings; a short one stays a plain list
  const grouped = new Set(NAV_GROUPS.flatMap((g) => g.paths));
  const items =
    visible.length <= FLAT_MENU_MAX
      ? visible.map(entry)
      : [
          ...visible.filter((route) => !grouped.has(route.path)).map(entry),
          ...NAV_GROUPS.flatMap((group) => {
            const routes = visible.filter((route) => group.paths.includes(route.path));
            return routes.length === 0
              ? []
              : [
                  {
                    type: 'group' as const,
                    key: `group:${group.key}`,
                    label: t(group.labelKey),
                    children: routes.map(entry),
                  },
                ];
          }),
        ];
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[pathname]}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key, domEvent }) => {
        if (domEvent.ctrlKey || domEvent.metaKey) {
          window.open(key, '_blank', 'noopener');
          return;
        }
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
