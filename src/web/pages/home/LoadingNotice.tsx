import { Alert, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { LoadingStatus } from '../../api/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';

const POLL_MS = 3000;

/**
 * Says what the server still loads in the background after its first start (the demo county), so
 * growing totals are not mistaken for errors. Polls until the load is complete; shows nothing when
 * nothing is loading.
 */
export function LoadingNotice() {
  const { t } = useI18n();
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
  if (demo.step === 'interrupted')
    return <Alert type="warning" showIcon title={t('home.loading.interrupted')} />;
  const total = demo.placesTotal ?? 0;
  const line =
    demo.step === 'directory'
      ? t('home.loading.directory', {
          done: String(demo.placesLoaded),
          total: total ? String(total) : '…',
        })
      : t(demo.step === 'indexes' ? 'home.loading.indexes' : 'home.loading.evaluations');
  const percent =
    demo.step === 'directory' && total > 0
      ? Math.round((80 * demo.placesLoaded) / total)
      : demo.step === 'indexes'
        ? 85
        : 92;
  return (
    <Alert
      type="info"
      showIcon
      title={t('home.loading.title')}
      description={
        <>
          <div>{line}</div>
          <Progress percent={percent} size="small" status="active" showInfo={false} />
          <div>{t('home.loading.note')}</div>
        </>
      }
    />
  );
}
