import { Button, Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { Link } from '../router.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LineIcon } from './LineIcon.tsx';
import { NavMenu } from './NavMenu.tsx';
import { TodoBell } from './TodoBell.tsx';
import { UserMenu } from './UserMenu.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  // Before the first breakpoint report `md` is undefined: assume a desktop, the common case.
  const narrow = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="lingyan-header">
        {narrow && (
          <Button type="text" aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)}>
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
              <NavMenu />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content className="lingyan-content">
          <main>{children}</main>
        </Layout.Content>
      </Layout>
      {narrow && (
        <Drawer
          placement="left"
          size={240}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
        >
          <nav aria-label={t('nav.menu')}>
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </nav>
        </Drawer>
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
