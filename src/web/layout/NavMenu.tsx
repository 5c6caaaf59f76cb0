import { Menu } from 'antd';
import { useI18n } from '../i18n/useI18n.ts';
import { navigate, useLocation } from '../router.tsx';
import { visibleRoutes } from '../routes.ts';
import { useSession } from '../session.tsx';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { permissions } = useSession();
  const { pathname } = useLocation();
  const items = visibleRoutes(permissions).map((route) => ({
    key: route.path,
    // a real link, so opening a module in a new tab works
    label: (
      <a href={route.path} onClick={(event) => event.preventDefault()}>
        {t(route.labelKey)}
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
