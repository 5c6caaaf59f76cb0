import { Suspense, lazy, useEffect, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { LoadingStatus } from '../api/types.ts';

const POLL_MS = 3000;
// antd's Alert and Progress come only when something is loading, not with every page.
const LoadingAlert = lazy(() => import('./LoadingAlert.tsx'));

/**
 * Says what the server still loads in the background after its first start (the demo county), so
 * growing totals and not-yet-recorded periods are not mistaken for errors. The layout shows it above
 * every page, since any page's figures grow with the load, and keeps it across pages: one poll every
 * 3 s until the load is complete, nothing shown when nothing is loading.
 */
export function LoadingNotice() {
  const [demo, setDemo] = useState<LoadingStatus['demo']>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    const poll = async () => {
      try {
        const status = await api.loading(controller.signal);
        setDemo(status.demo);
        if (status.demo && status.demo.step !== 'complete' && status.demo.step !== 'interrupted')
          timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch {
        // A notice, not a page: on a failed poll try again later.
        if (!controller.signal.aborted) timer = window.setTimeout(() => void poll(), POLL_MS * 3);
      }
    };
    void poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, []);
  if (!demo || demo.step === 'complete') return null;
  return (
    <Suspense fallback={null}>
      <LoadingAlert demo={demo} />
    </Suspense>
  );
}
