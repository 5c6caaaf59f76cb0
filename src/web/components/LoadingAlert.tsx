import { Alert, Progress } from 'antd';
import type { LoadingStatus } from '../api/types.ts';
import { useI18n } from '../i18n/useI18n.ts';

const SPACED = { marginBottom: 16 };

/** What the demo load is doing now, with a rough progress bar. */
export default function LoadingAlert({ demo }: { demo: NonNullable<LoadingStatus['demo']> }) {
  const { t } = useI18n();
  if (demo.step === 'interrupted')
    return <Alert type="warning" showIcon title={t('home.loading.interrupted')} style={SPACED} />;
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
      style={SPACED}
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
