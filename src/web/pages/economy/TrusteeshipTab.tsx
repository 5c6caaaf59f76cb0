import { Card, Col, Row, Space, Statistic, Table, Tag } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { yuan } from './dividendApi.ts';
import { trusteeshipApi, type SignUpList, type TrusteeshipMenu } from './trusteeshipApi.ts';

type Item = TrusteeshipMenu['items'][number];
type SignUpRow = SignUpList['items'][number];
export const cropKey = (g: string) => `econ.trust.crop.${g}` as MessageKey;
export const modeKey = (m: string) => `econ.trust.mode.${m}` as MessageKey;

/** 农业托管: the village's public menu with prices and savings, the sign-ups and their totals. */
export function TrusteeshipTab({ region }: { region: string | undefined }) {
  const { t } = useI18n();
  const menu = useApiQuery((s) => trusteeshipApi.menu(region, s), [region]);
  const list = useApiQuery((s) => trusteeshipApi.signUps(region, s), [region]);
  const names = new Map((menu.data?.items ?? []).map((i) => [i.id, i.name]));
  const totals = list.data?.totals;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert error={menu.error ?? list.error} onRetry={list.reload} />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Statistic title={t('econ.trust.households')} value={totals?.households ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('econ.trust.area')} value={totals?.area ?? 0} precision={2} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('econ.trust.fee')} value={yuan(totals?.feeFen ?? 0)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('econ.trust.saving')} value={yuan(totals?.savingFen ?? 0)} />
        </Col>
      </Row>
      <Card size="small" title={t('econ.trust.menu')}>
        <Table<Item>
          rowKey="id"
          size="small"
          pagination={false}
          loading={menu.loading}
          dataSource={menu.data?.items ?? []}
          locale={{ emptyText: t('econ.trust.menuEmpty') }}
          columns={[
            { title: t('econ.trust.crop'), key: 'crop', render: (_, i) => t(cropKey(i.cropGroup)) },
            { title: t('econ.trust.item'), dataIndex: 'name' },
            {
              title: t('econ.trust.price'),
              key: 'price',
              align: 'right',
              render: (_, i) => yuan(i.pricePerMuFen),
            },
            {
              title: t('econ.trust.market'),
              key: 'market',
              align: 'right',
              render: (_, i) => yuan(i.marketPricePerMuFen),
            },
            {
              title: t('econ.trust.savingPerMu'),
              key: 'saving',
              align: 'right',
              render: (_, i) => yuan(i.savingPerMuFen),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('econ.trust.signUps')}>
        <Table<SignUpRow>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('econ.trust.signUpsEmpty') }}
          scroll={{ x: 720 }}
          columns={[
            { title: t('econ.div.head'), dataIndex: 'headName' },
            { title: t('econ.div.year'), dataIndex: 'year' },
            {
              title: t('econ.trust.crop'),
              key: 'crop',
              render: (_, s) => t(cropKey(s.cropGroup)),
            },
            {
              title: t('econ.trust.modeCol'),
              key: 'mode',
              render: (_, s) =>
                s.mode === 'fullChain'
                  ? t(modeKey(s.mode))
                  : s.itemIds.map((id) => names.get(id) ?? '?').join('、'),
            },
            { title: t('econ.trust.areaCol'), dataIndex: 'area', align: 'right' },
            {
              title: t('econ.trust.feeCol'),
              key: 'fee',
              align: 'right',
              render: (_, s) => yuan(s.feeFen),
            },
            {
              title: t('econ.trust.savingCol'),
              key: 'saving',
              align: 'right',
              render: (_, s) => yuan(s.savingFen),
            },
            {
              title: t('econ.div.status'),
              key: 'status',
              render: (_, s) => (
                <Tag color={s.status === 'active' ? 'green' : 'default'}>
                  {t(`econ.trust.status.${s.status}` as MessageKey)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
