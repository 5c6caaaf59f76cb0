import { ConfigProvider, Spin, message } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { antdLocaleOf } from './i18n/antdLocale.ts';
import { useI18n } from './i18n/useI18n.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { visibleRoutes } from './routes.ts';
import { navigate, useLocation } from './router.tsx';
import { loginPath, safeNextPath } from './nextPath.ts';
import { SessionProvider, useSession, useSessionContext } from './session.tsx';
import { theme } from './theme.ts';

// Loaded when shown, like every page: a signed-in phone's first load carries neither the login
// form nor the not-found illustration.
const LoginPage = lazy(() => import('./pages/login/LoginPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div
      style={{ display: 'flex', minHeight: '60vh', alignItems: 'center', justifyContent: 'center' }}
    >
      <Spin description={t('app.loading')} />
    </div>
  );
}

function ModuleOutlet({ pathname }: { pathname: string }) {
  const { permissions } = useSession();
  // A route the user may not open is "not found", like out-of-scope data (DESIGN §2.4).
  const route = visibleRoutes(permissions).find((candidate) => candidate.path === pathname);
  if (!route) return <NotFoundPage />;
  const Page = route.page;
  return <Page />;
}

function Shell() {
  const { state } = useSessionContext();
  const location = useLocation();
  const onLogin = location.pathname === '/login';

  const { href } = location;
  useEffect(() => {
    if (state.status === 'anonymous' && !onLogin) navigate(loginPath(href), { replace: true });
    if (state.status === 'authenticated' && onLogin) {
      const next = new URL(href, window.location.origin).searchParams.get('next');
      navigate(safeNextPath(next), { replace: true });
    }
  }, [state.status, onLogin, href]);

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous')
    return onLogin ? (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    ) : (
      <FullPageSpin />
    );
  if (onLogin) return <FullPageSpin />;
  return (
    <AppLayout>
      <Suspense fallback={<FullPageSpin />}>
        <ModuleOutlet pathname={location.pathname} />
      </Suspense>
    </AppLayout>
  );
}

// Toasts open below the 64 px header, never over the app's name or the signed-in user.
message.config({ top: 72 });

export function App() {
  const { locale, t } = useI18n();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('app.name')} · ${t('app.tagline')}`;
  }, [locale, t]);

  return (
    <ConfigProvider locale={antdLocaleOf(locale)} theme={theme} button={{ autoInsertSpace: false }}>
      {/* no antd App: its modal and notification hooks went unused and came with every page */}
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </ConfigProvider>
  );
}
