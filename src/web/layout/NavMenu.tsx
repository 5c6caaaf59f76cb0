import { Menu } from 'antd';
import { useI18n } from '../i18n/useI18n.ts';
import { navigate, useLocation } from '../router.tsx';
import { useMyDirectoryPerson } from '../pages/me/useMyHouseholds.ts';
import { visibleRoutes } from '../routes.ts';
import type { ModuleRoute } from '../routes.ts';
import { useSession } from '../session.tsx';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { permissions, username } = useSession();
  const { pathname } = useLocation();
  const me = useMyDirectoryPerson(username);
  // 我的联户 for a member who answers for households, 我家 for everyone else
  const labelOf = (route: ModuleRoute) =>
    route.personal ? (me.hasContacts ? 'nav.myContacts' : 'nav.myHome') : route.labelKey;
  const items = visibleRoutes(permissions, { hasDirectoryPerson: me.hasPerson }).map((route) => ({
    key: route.path,
    // a real link, so opening a module in a new tab works
    label: (
      <a href={route.path} onClick={(event) => event.preventDefault()}>
        {t(labelOf(route))}
      </a>
    ),
  }));
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
