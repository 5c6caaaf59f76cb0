import { Button, Card, Col, Popconfirm, Row, Space, Statistic, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionTable } from '../../components/SectionTable.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { cropKey, modeKey, yuan, yuanColumn } from './labels.ts';
import { PriceModal, ServiceModal, SignUpModal, VoidModal } from './TrusteeshipForms.tsx';
import {
  trusteeshipApi,
  type Service,
  type SignUp,
  type TrusteeshipItem,
} from './trusteeshipApi.ts';
import { todayInShanghai } from '../../today.ts';

/**
 * 农业托管: the village's public menu (grain before fruit) with prices, savings and its upkeep; the
 * sign-ups with their totals, each opening to the season's service records; the cadre signs a
 * household up, records what was delivered and voids a wrong record.
 */
export function TrusteeshipTab({ region }: { region: string | undefined }) {
  const { t } = useI18n();
  const session = useSession();
  // the village whose books the caller keeps (the server decides each write)
  const village = session.roles.find((r) => r.role === 'village_cadre')?.scope;
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const menu = useApiQuery((s) => trusteeshipApi.menu(region, s), [region, version]);
  const list = useApiQuery((s) => trusteeshipApi.signUps(region, s), [region, version]);
  const services = useApiQuery((s) => trusteeshipApi.services(region, s), [region, version]);
  const submit = useSubmit();
  const [signing, setSigning] = useState(false);
  const [serving, setServing] = useState<SignUp | null>(null);
  const [pricing, setPricing] = useState<TrusteeshipItem | null>(null);
  const [voiding, setVoiding] = useState<Service | null>(null);
  const names = new Map((menu.data?.items ?? []).map((i) => [i.id, i.name]));
  const bySignUp = new Map<string, Service[]>();
  for (const r of services.data?.items ?? [])
    bySignUp.set(r.signUpId, [...(bySignUp.get(r.signUpId) ?? []), r]);
  const totals = list.data?.totals;
  const writes = village !== undefined;
  const done = () => {
    setSigning(false);
    setServing(null);
    setPricing(null);
    setVoiding(null);
    reload();
  };
  const retire = (i: TrusteeshipItem) =>
    void submit.run(async () => {
      await trusteeshipApi.retireItem(i.id);
      reload();
    });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert
        error={menu.error ?? list.error ?? services.error ?? submit.error}
        onRetry={reload}
      />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={5}>
          <Statistic title={t('econ.trust.households')} value={totals?.households ?? 0} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('econ.trust.area')} value={totals?.area ?? 0} precision={2} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('econ.trust.fee')} value={yuan(totals?.feeFen ?? 0)} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('econ.trust.saving')} value={yuan(totals?.savingFen ?? 0)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={t('econ.trust.servedFee')}
            value={yuan(services.data?.totals.feeFen ?? 0)}
          />
        </Col>
      </Row>
      <Card size="small" title={t('econ.trust.menu')}>
        <Table<TrusteeshipItem>
          rowKey="id"
          size="small"
          pagination={false}
          loading={menu.loading}
          dataSource={menu.data?.items ?? []}
          locale={{ emptyText: t('econ.trust.menuEmpty') }}
          scroll={{ x: 'max-content' }}
          columns={menuColumns(t, writes, setPricing, retire)}
        />
      </Card>
      <Card
        size="small"
        title={t('econ.trust.signUps')}
        extra={
          writes && (
            <Button type="primary" size="small" onClick={() => setSigning(true)}>
              {t('econ.trust.signUpFor')}
            </Button>
          )
        }
      >
        <Table<SignUp>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('econ.trust.signUpsEmpty') }}
          scroll={{ x: 'max-content' }}
          expandable={{
            rowExpandable: (s) => bySignUp.has(s.id),
            expandedRowRender: (s) => (
              <ServiceRecords records={bySignUp.get(s.id) ?? []} onVoid={setVoiding} />
            ),
          }}
          columns={[
            ...signUpColumns(t, names),
            ...(writes
              ? [
                  {
                    key: 'record',
                    render: (_: unknown, s: SignUp) =>
                      s.status === 'active' && s.startsOn <= todayInShanghai() ? (
                        <Button size="small" onClick={() => setServing(s)}>
                          {t('econ.trust.record')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {village && (
        <SignUpModal
          open={signing}
          village={village}
          menu={menu.data?.items ?? []}
          onClose={() => setSigning(false)}
          onSaved={done}
        />
      )}
      <ServiceModal
        signUp={serving}
        names={names}
        onClose={() => setServing(null)}
        onSaved={done}
      />
      <PriceModal item={pricing} onClose={() => setPricing(null)} onSaved={done} />
      <VoidModal service={voiding} onClose={() => setVoiding(null)} onSaved={done} />
    </Space>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function menuColumns(
  t: T,
  writes: boolean,
  onPrice: (i: TrusteeshipItem) => void,
  onRetire: (i: TrusteeshipItem) => void,
): TableColumnsType<TrusteeshipItem> {
  return [
    { title: t('econ.trust.crop'), key: 'crop', render: (_, i) => t(cropKey(i.cropGroup)) },
    {
      title: t('econ.trust.item'),
      key: 'name',
      render: (_, i) => (
        <>
          {i.name} {!i.active && <Tag>{t('econ.trust.retired')}</Tag>}
        </>
      ),
    },
    yuanColumn(t('econ.trust.price'), 'price', (i) => i.pricePerMuFen),
    yuanColumn(t('econ.trust.market'), 'market', (i) => i.marketPricePerMuFen),
    yuanColumn(t('econ.trust.savingPerMu'), 'saving', (i) => i.savingPerMuFen),
    ...(writes
      ? [
          {
            title: t('econ.trust.actions'),
            key: 'actions',
            render: (_: unknown, i: TrusteeshipItem) =>
              i.active ? (
                <Space size="small">
                  <Button size="small" onClick={() => onPrice(i)}>
                    {t('econ.trust.editPrice')}
                  </Button>
                  <Popconfirm
                    title={t('econ.trust.retireConfirm', { name: i.name })}
                    onConfirm={() => onRetire(i)}
                  >
                    <Button size="small" danger>
                      {t('econ.trust.retire')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
}

function signUpColumns(t: T, names: Map<string, string>): TableColumnsType<SignUp> {
  return [
    { title: t('econ.div.head'), dataIndex: 'headName' },
    { title: t('econ.div.year'), dataIndex: 'year' },
    { title: t('econ.trust.crop'), key: 'crop', render: (_, s) => t(cropKey(s.cropGroup)) },
    {
      title: t('econ.trust.modeCol'),
      key: 'mode',
      render: (_, s) =>
        s.mode === 'fullChain'
          ? t(modeKey(s.mode))
          : s.itemIds.map((id) => names.get(id) ?? '?').join('、'),
    },
    { title: t('econ.trust.areaCol'), dataIndex: 'area', align: 'right' },
    yuanColumn(t('econ.trust.feeCol'), 'fee', (s) => s.feeFen),
    yuanColumn(t('econ.trust.savingCol'), 'saving', (s) => s.savingFen),
    {
      title: t('econ.div.status'),
      key: 'status',
      render: (_, s) => (
        <Tag color={s.status === 'active' ? 'green' : 'default'}>
          {t(`econ.trust.status.${s.status}` as MessageKey)}
        </Tag>
      ),
    },
  ];
}

/** The season's service records of one sign-up: item, day, 亩, fee, who, and void. */
function ServiceRecords(props: { records: Service[]; onVoid: (s: Service) => void }) {
  const { t } = useI18n();
  return (
    <SectionTable<Service>
      rowKey="id"
      dataSource={props.records}
      emptyText={t('econ.trust.servicesEmpty')}
      columns={[
        { title: t('econ.trust.servedOn'), dataIndex: 'servedOn' },
        { title: t('econ.trust.item'), dataIndex: 'itemName' },
        { title: t('econ.trust.servedArea'), dataIndex: 'area', align: 'right' },
        {
          title: t('econ.trust.feeCol'),
          key: 'fee',
          align: 'right',
          render: (_, r) => (r.status === 'voided' ? <del>{yuan(r.feeFen)}</del> : yuan(r.feeFen)),
        },
        { title: t('econ.trust.provider'), dataIndex: 'provider' },
        {
          title: t('econ.div.status'),
          key: 'status',
          render: (_, s) => (
            <Tag color={s.status === 'recorded' ? 'green' : 'default'}>
              {t(`econ.trust.serviceStatus.${s.status}` as MessageKey)}
              {s.voidReason ? `：${s.voidReason}` : ''}
            </Tag>
          ),
        },
        {
          key: 'void',
          render: (_, s) =>
            s.canVoid ? (
              <Button size="small" danger onClick={() => props.onVoid(s)}>
                {t('econ.trust.void')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
