import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { getLocale, loadLocale } from './i18n/store.ts';
import { preloadPage } from './routes.ts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
// The landing page's chunk downloads alongside the session check instead of after it.
preloadPage(window.location.pathname);
// A stored zh-TW or English choice fetches its dictionary first; zh-CN renders at once.
void loadLocale(getLocale()).then(() =>
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
