import { Badge, Card, Col, Empty, Flex, InputNumber, List, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDay, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { isRegionCode } from '../regions/regionCode.ts';

const DEFAULT_MAX = 15;

/** The report's totals, each shown in a third of the row under its `coverage.` title. */
const TOTALS = ['households', 'villages', 'streets'] as const;

interface GapSectionProps<T> {
  title: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
  /** A note at the item's right end (how many households a member has, a village's code). */
  note?: (item: T) => ReactNode;
  itemKey: (item: T) => string;
}

/** One kind of gap: a card listing what lacks it, half the row wide on a large screen. */
function GapSection<T>({ title, items, render, note, itemKey }: GapSectionProps<T>) {
  const { t } = useI18n();
  const line = (item: T) =>
    note ? (
      <Flex justify="space-between" style={{ width: '100%' }}>
        {render(item)}
        <Typography.Text type="secondary">{note(item)}</Typography.Text>
      </Flex>
    ) : (
      render(item)
    );
  return (
    <Col xs={24} lg={12}>
      <Card
        size="small"
        title={
          <Flex gap={8} align="center">
            <span>{title}</span>
            <Badge count={items.length} showZero color={items.length ? '#c8262c' : '#52c41a'} />
          </Flex>
        }
        styles={{ body: { maxHeight: 360, overflow: 'auto' } }}
      >
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.allCovered')} />
        ) : (
          <List
            size="small"
            dataSource={[...items]}
            renderItem={(item) => <List.Item key={itemKey(item)}>{line(item)}</List.Item>}
          />
        )}
      </Card>
    </Col>
  );
}

/** 联包覆盖: the four kinds of gaps of the responsibility tree in a region. */
export default function CoveragePage() {
  const { t, locale } = useI18n();
  const { roles } = useSession();
  const { search } = useLocation();
  // start at the first region the user holds (a `union:` or `unit:` scope is no region)
  const region = search.get('region') || roles.find((r) => isRegionCode(r.scope))?.scope || '';
  const parsedMax = Number.parseInt(search.get('max') ?? '', 10);
  const max =
    Number.isSafeInteger(parsedMax) && parsedMax >= 1 && parsedMax <= 500 ? parsedMax : DEFAULT_MAX;
  // a union's cadre holds no region at all (only `union:`): they pick one of its villages first
  const report = useApiQuery(
    (signal) => (region ? directoryApi.coverage(region, max, signal) : Promise.resolve(undefined)),
    [region, max],
  );
  const go = (query: { region?: string; max?: number }) =>
    navigate(withQuery('/coverage', { region, max, ...query }));
  const data = report.data;

  return (
    <Card
      title={t('coverage.title')}
      extra={
        data && (
          <Typography.Text type="secondary">
            {t('coverage.asOf', { date: formatDay(data.asOf, locale) })}
          </Typography.Text>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={16} wrap align="end">
          <label style={{ flex: '1 1 260px', maxWidth: 360 }}>
            <Typography.Text type="secondary">{t('coverage.region')}</Typography.Text>
            <RegionPicker value={region} onChange={(value) => value && go({ region: value })} />
          </label>
          <label>
            <Typography.Text type="secondary">{t('coverage.maxHouseholds')}</Typography.Text>
            <div>
              <InputNumber
                min={1}
                max={500}
                value={max}
                onChange={(value) => value && go({ max: value })}
              />
            </div>
          </label>
        </Flex>
        <ErrorAlert error={report.error} onRetry={report.reload} />
        {report.loading && !data && <Card loading />}
        {!region && <Empty description={t('coverage.pickRegion')} />}
        {data && (
          <>
            <Row gutter={[16, 16]}>
              {TOTALS.map((total) => (
                <Col key={total} xs={8}>
                  <Statistic
                    title={t(`coverage.${total}`)}
                    value={formatNumber(data.totals[total], locale)}
                  />
                </Col>
              ))}
            </Row>
            <Row gutter={[16, 16]}>
              <GapSection
                title={t('coverage.noContact')}
                items={data.householdsWithoutContact}
                itemKey={(h) => h.id}
                render={(h) => (
                  <Link to={withQuery('/households', { open: h.id })}>{h.headName ?? h.id}</Link>
                )}
              />
              <GapSection
                title={t('coverage.overloaded', { max: data.maxHouseholdsPerMember })}
                items={data.overloadedMembers}
                itemKey={(m) => m.personId}
                render={(m) => (
                  <Link to={withQuery('/persons', { open: m.personId })}>
                    {m.name ?? m.personId}
                  </Link>
                )}
                note={(m) => t('coverage.householdCount', { count: m.households })}
              />
              <GapSection
                title={t('coverage.noSecretary')}
                items={data.villagesWithoutSecretary}
                itemKey={(v) => v.code}
                render={(v) => <span>{v.name}</span>}
                note={(v) => v.code}
              />
              <GapSection
                title={t('coverage.noStationCadre')}
                items={data.streetsWithoutStationCadre}
                itemKey={(s) => s.id}
                render={(s) => s.name}
              />
            </Row>
          </>
        )}
      </Flex>
    </Card>
  );
}
