import { Button, Grid, Layout } from 'antd';
import { Suspense, lazy, useState } from 'react';
import type { ReactNode } from 'react';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { Link } from '../router.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LineIcon } from './LineIcon.tsx';
import { TodoBell } from './TodoBell.tsx';
import { UserMenu } from './UserMenu.tsx';

// The menu (antd's Menu, and the Drawer on a phone) is not part of the first download: a phone
// fetches it on the first tap of the menu button, a desktop right after the shell.
const NavMenu = lazy(() => import('./NavMenu.tsx').then((m) => ({ default: m.NavMenu })));
const NavDrawer = lazy(() => import('./NavDrawer.tsx'));
const DESKTOP_QUERY = '(min-width: 768px)';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  // Before the first breakpoint report `md` is undefined: ask the media query itself, so a phone
  // never starts fetching the desktop's side menu.
  const narrow = screens.md === undefined ? !window.matchMedia(DESKTOP_QUERY).matches : !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="lingyan-header">
        {narrow && (
          <Button
            type="text"
            aria-label={t('nav.menu')}
            onClick={() => {
              setDrawerUsed(true);
              setDrawerOpen(true);
            }}
          >
            <MenuIcon />
          </Button>
        )}
        <Link to="/" className="lingyan-brand" style={{ color: 'inherit' }}>
          <span className="lingyan-brand-name">{t('app.name')}</span>
          <span className="lingyan-brand-tagline">{t('app.tagline')}</span>
        </Link>
        <span className="lingyan-header-spacer" />
        <LanguageSwitch compact={narrow} />
        <TodoBell />
        <UserMenu />
      </Layout.Header>
      <Layout>
        {!narrow && (
          <Layout.Sider theme="light" width={208}>
            <nav aria-label={t('nav.menu')}>
              <Suspense fallback={null}>
                <NavMenu />
              </Suspense>
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content className="lingyan-content">
          <main>
            {/* above every page: while the demo loads, any page's figures still grow */}
            <LoadingNotice />
            {children}
          </main>
        </Layout.Content>
      </Layout>
      {narrow && drawerUsed && (
        <Suspense fallback={null}>
          <NavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}

function MenuIcon() {
  return (
    <LineIcon>
      <path d="M3 6h18M3 12h18M3 18h18" />
    </LineIcon>
  );
}
