import { Alert, Flex, Progress as Bar, Table, Typography } from 'antd';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** Targets per region and period with progress; rankings of organizations when the county shows them; warnings. */
export function ProgressPanel({ region, scheme, period }: { region: string; scheme: string; period: string }) {
  const { t } = useI18n();
  const p = useApiQuery((signal) => evaluationApi.progress(region, scheme, period, signal), [region, scheme, period]);
  if (p.error) return <ErrorAlert error={p.error} onRetry={p.reload} />;
  const d = p.data;
  if (!d) return null;
  return (
    <Flex vertical gap={16}>
      <Typography.Text>
        {t('evaluation.subjects')}: {d.subjects} · {t('evaluation.share3')}: {d.share3}%
      </Typography.Text>
      {d.targets.map((target) => (
        <div key={`${target.measure}-${target.level}`}>
          <Typography.Text strong>{target.label}</Typography.Text> — {t('evaluation.target')} {target.measure === 'shareAtLeast' ? `${target.value}%` : target.value}, {t('evaluation.actual')} {target.measure === 'shareAtLeast' ? `${target.actual}%` : target.actual} ({target.met ? t('evaluation.met') : t('evaluation.notMet')})
          <Bar percent={Math.min(100, Math.round((100 * target.actual) / Math.max(target.value, 1e-9)))} status={target.met ? 'success' : 'active'} />
        </div>
      ))}
      {d.rankings ? (
        <Table
          size="small"
          rowKey="code"
          title={() => t('evaluation.rankings')}
          pagination={false}
          dataSource={d.rankings.map((r, i) => ({ ...r, rank: i + 1 }))}
          columns={[
            { title: '#', dataIndex: 'rank' },
            { title: t('evaluation.region'), dataIndex: 'name' },
            { title: t('evaluation.subjects'), dataIndex: 'subjects', align: 'right' },
            { title: t('evaluation.share3'), dataIndex: 'share3', align: 'right', render: (v: number) => `${v}%` },
            { title: t('evaluation.levelN', { n: 5 }), dataIndex: 'five', align: 'right' },
            { title: t('evaluation.levelN', { n: 4 }), dataIndex: 'four', align: 'right' },
          ]}
        />
      ) : (
        <Alert type="info" title={t('evaluation.rankingsOff')} />
      )}
      <Alert
        type={d.warnings.vetoes.length + d.warnings.firstSecretaries.length > 0 ? 'warning' : 'info'}
        title={t('evaluation.warnings')}
        description={
          <ul style={{ margin: 0 }}>
            <li>{t('evaluation.warn.below', { n: d.warnings.belowThreshold.length })}</li>
            <li>{t('evaluation.warn.vetoes', { n: d.warnings.vetoes.length })}</li>
            <li>
              {t('evaluation.warn.firstSecretaries', { n: d.warnings.firstSecretaries.length })}
              {d.warnings.firstSecretaries.length > 0 && `：${d.warnings.firstSecretaries.map((s) => `${s.name}（${s.regionName ?? ''}，${s.termEndDate}）`).join('、')}`}
            </li>
          </ul>
        }
      />
    </Flex>
  );
}
