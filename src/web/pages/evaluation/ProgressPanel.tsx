import {
  Alert,
  Button,
  Flex,
  InputNumber,
  Progress as Bar,
  Select,
  Switch,
  Table,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { describeError } from '../../api/errorMessage.ts';
import { useSession } from '../../session.tsx';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { SchemeText } from './SchemeText.tsx';
import { formatDay } from '../../i18n/format.ts';

/** Targets per region and period with progress; rankings of organizations when the county shows them; warnings. */
export function ProgressPanel({
  region,
  scheme,
  period,
}: {
  region: string;
  scheme: string;
  period: string;
}) {
  const { t, locale } = useI18n();
  const { permissions } = useSession();
  const p = useApiQuery(
    (signal) => evaluationApi.progress(region, scheme, period, signal),
    [region, scheme, period],
  );
  const [measure, setMeasure] = useState<'shareAtLeast' | 'countAtLeast'>('shareAtLeast');
  const [level, setLevel] = useState(3);
  const [value, setValue] = useState<number | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      message.success(t('evaluation.decided'));
      p.reload();
    } catch (error) {
      message.error(describeError(error, t, locale));
    }
  };
  if (p.error) return <ErrorAlert error={p.error} onRetry={p.reload} />;
  const d = p.data;
  if (!d) return null;
  const manage = permissions.includes('evaluation.manage');
  const withinCounty = region.slice(4, 6) !== '00';
  return (
    <Flex vertical gap={16}>
      {manage && (
        <Flex gap={8} wrap align="center">
          <Select
            style={{ width: 150 }}
            aria-label={t('evaluation.target')}
            value={measure}
            onChange={setMeasure}
            options={[
              { value: 'shareAtLeast', label: t('evaluation.target.share') },
              { value: 'countAtLeast', label: t('evaluation.target.count') },
            ]}
          />
          <InputNumber
            min={1}
            max={12}
            value={level}
            onChange={(v) => setLevel(v ?? 3)}
            addonAfter={t('evaluation.stars')}
            aria-label={t('evaluation.level')}
          />
          <InputNumber
            min={0}
            value={value}
            onChange={setValue}
            aria-label={t('evaluation.target')}
            addonAfter={measure === 'shareAtLeast' ? '%' : ''}
          />
          <Button
            disabled={value === null}
            onClick={() =>
              act(() =>
                evaluationApi.setTarget({
                  regionCode: region,
                  schemeKey: scheme,
                  period,
                  measure,
                  level,
                  value: value ?? 0,
                }),
              )
            }
          >
            {t('evaluation.setTarget')}
          </Button>
          {/* The switch is a county's: a city or province sees each county's choice in its ranking. */}
          {withinCounty && (
            <>
              <Switch
                checked={d.rankingsEnabled}
                onChange={(on) =>
                  act(() => evaluationApi.setSettings(`${region.slice(0, 6)}000000`, on))
                }
                aria-label={t('evaluation.rankingsSwitch')}
              />
              <span>{t('evaluation.rankingsSwitch')}</span>
            </>
          )}
        </Flex>
      )}
      <Typography.Text>
        {t('evaluation.subjects')}: {d.subjects} · {t('evaluation.share3')}: {d.share3}%
      </Typography.Text>
      {d.targets.map((target) => (
        <div key={`${target.measure}-${target.level}`}>
          <Typography.Text strong>
            <SchemeText text={target.label} />
          </Typography.Text>{' '}
          — {t('evaluation.target')}{' '}
          {target.measure === 'shareAtLeast' ? `${target.value}%` : target.value},{' '}
          {t('evaluation.actual')}{' '}
          {target.measure === 'shareAtLeast' ? `${target.actual}%` : target.actual} (
          {target.met ? t('evaluation.met') : t('evaluation.notMet')})
          <Bar
            percent={Math.min(
              100,
              Math.round((100 * target.actual) / Math.max(target.value, 1e-9)),
            )}
            status={target.met ? 'success' : 'active'}
          />
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
            {
              title: t('evaluation.share3'),
              dataIndex: 'share3',
              align: 'right',
              render: (v: number) => `${v}%`,
            },
            { title: t('evaluation.levelN', { n: 5 }), dataIndex: 'five', align: 'right' },
            { title: t('evaluation.levelN', { n: 4 }), dataIndex: 'four', align: 'right' },
          ]}
        />
      ) : (
        <Alert type="info" title={t('evaluation.rankingsOff')} />
      )}
      {d.unranked.length > 0 && (
        <Alert
          type="info"
          title={t('evaluation.unranked', { names: d.unranked.map((u) => u.name).join('、') })}
        />
      )}
      <Alert
        type={
          d.warnings.vetoes.length +
            d.warnings.firstSecretaries.length +
            d.warnings.zeroEvents.length >
          0
            ? 'warning'
            : 'info'
        }
        title={t('evaluation.warnings')}
        description={
          <ul style={{ margin: 0 }}>
            <li>{t('evaluation.warn.below', { n: d.warnings.belowThreshold.length })}</li>
            <li>{t('evaluation.warn.vetoes', { n: d.warnings.vetoes.length })}</li>
            <li>
              {t('evaluation.warn.firstSecretaries', { n: d.warnings.firstSecretaries.length })}
              {d.warnings.firstSecretaries.length > 0 &&
                `：${d.warnings.firstSecretaries.map((s) => `${s.name}（${s.regionName ?? ''}，${formatDay(s.termEndDate, locale)}）`).join('、')}`}
            </li>
            <li>
              {t('evaluation.warn.zeroEvents', { n: d.warnings.zeroEvents.length })}
              {d.warnings.zeroEvents.length > 0 &&
                `：${d.warnings.zeroEvents.map((e) => `${e.regionName ?? e.regionCode} ${formatDay(e.occurredOn, locale)} ${t(`evaluation.zero.${e.kind}`)}`).join('、')}`}
            </li>
          </ul>
        }
      />
    </Flex>
  );
}
