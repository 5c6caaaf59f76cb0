import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { getLocale, loadLocale } from './i18n/store.ts';
import { preloadPage } from './routes.ts';
import { startSessionCheck } from './session.tsx';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
// The session check and the landing page's chunk start at once (index.html has preloaded both);
// the first render waits for the page's module, so the page shows without a suspended frame. A
// stored zh-TW or English choice fetches its dictionary first.
startSessionCheck();
const landingPage = preloadPage(window.location.pathname).catch((error: unknown) =>
  // the page's lazy loader tries again when it renders, and reports a failure there
  console.warn('landing page not preloaded', error),
);
void Promise.all([loadLocale(getLocale()), landingPage]).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// PWA: the service worker keeps the app shell for phones without signal (the dev server has no
// sw.js; registering there just fails quietly).
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .catch((error: unknown) => console.warn('service worker not registered', error));
  });
}
