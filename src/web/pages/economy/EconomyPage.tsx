import {
  Button,
  Card,
  Col,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { useLocation } from '../../router.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import {
  economyApi,
  economyLinks,
  type Contract,
  type EconomyExport,
  type Ledger,
} from './economyApi.ts';
import {
  assetStatusKey,
  classKey,
  contractStatusKey,
  findingKey,
  kindKey,
  outcomeKey,
  sourceKey,
  yuan,
  yuanColumn,
} from './labels.ts';
import { PaymentModal } from './PaymentModal.tsx';
import { DividendsTab } from './DividendsTab.tsx';
import { TrusteeshipTab } from './TrusteeshipTab.tsx';
import { OrganizationsTab } from './OrganizationsTab.tsx';
import { CadreRewardsTab } from './CadreRewardsTab.tsx';
import type { Locale } from '../../i18n/types.ts';
import { formatDay } from '../../i18n/format.ts';

type LedgerEntry = Ledger['entries'][number];

// 集体经济: the income ledger (posted from the records, never typed), contracts with their 清化收
// flags and payments, the clean-up totals, and the 三资 ledger, for a village or township.
export default function EconomyPage() {
  const { t } = useI18n();
  // `?village=…&tab=dividends&run=…` (the to-do links here) opens that village, tab and run;
  // `?village=…&tab=ledger&year=…` (the dashboard's income figures) a region's ledger of a year;
  // `?village=…&tab=rewards&year=…&reward=…` (the to-do) a village's cadre reward of a year
  const { search } = useLocation();
  const [region, setRegion] = useState<string | undefined>(search.get('village') ?? undefined);
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
  // a payment posts to the income ledger and changes what its contract owes: those tabs load again
  const [version, setVersion] = useState(0);
  const paid = () => setVersion((v) => v + 1);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('econ.title')}
        </Typography.Title>
        <div style={{ width: 280 }}>
          <RegionPicker
            value={region}
            onChange={setRegion}
            placeholder={t('econ.region')}
            allowClear
          />
        </div>
      </Space>
      <Tabs
        defaultActiveKey={search.get('tab') ?? 'ledger'}
        items={[
          {
            key: 'ledger',
            label: t('econ.tab.ledger'),
            children: <LedgerTab region={region} version={version} year={year} />,
          },
          {
            key: 'contracts',
            label: t('econ.tab.contracts'),
            children: <ContractsTab region={region} version={version} onPaid={paid} />,
          },
          {
            key: 'cleanup',
            label: t('econ.tab.cleanup'),
            children: <CleanupTab region={region} version={version} />,
          },
          { key: 'assets', label: t('econ.tab.assets'), children: <AssetsTab region={region} /> },
          {
            key: 'dividends',
            label: t('econ.tab.dividends'),
            children: <DividendsTab region={region} initialRun={search.get('run') ?? undefined} />,
          },
          {
            key: 'trusteeship',
            label: t('econ.tab.trusteeship'),
            children: <TrusteeshipTab region={region} />,
          },
          {
            key: 'organizations',
            label: t('econ.tab.organizations'),
            children: <OrganizationsTab region={region} />,
          },
          {
            key: 'rewards',
            label: t('econ.tab.rewards'),
            children: (
              <CadreRewardsTab
                region={region}
                initialYear={year}
                initialReward={search.get('reward') ?? undefined}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}

interface TabProps {
  region: string | undefined;
  version: number;
}

function LedgerTab({ region, version, year }: TabProps & { year?: number | undefined }) {
  const { t, locale } = useI18n();
  const q = useApiQuery((s) => economyApi.ledger(region, year, s), [region, version, year]);
  const l = q.data;
  // the statement is a village's: the ledger shown is one when its region is a village code
  const village = l && !l.region.endsWith('000') ? l.region : null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <ExportButton list="ledger" region={region} year={l?.year} />
        <Tooltip title={village ? undefined : t('econ.statement.pickVillage')}>
          <Button
            type="primary"
            disabled={!village}
            href={village && l ? economyLinks.statement(village, l.year) : undefined}
            download
          >
            {t('econ.statement', { year: l?.year ?? '' })}
          </Button>
        </Tooltip>
      </Space>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={`${l?.year ?? ''} ${t('econ.ledger.total')}`}
              value={l ? yuan(l.totalFen) : '—'}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('econ.ledger.lastYear')} value={l ? yuan(l.lastYearFen) : '—'} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('econ.ledger.growth')}
              value={l?.growthPercent ?? t('econ.ledger.noGrowth')}
              suffix={l?.growthPercent !== null && l ? '%' : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('econ.ledger.bySource')} size="small">
        <Space wrap size="large">
          {(l?.bySource ?? [])
            .filter((s) => s.amountFen > 0)
            .map((s) => (
              <span key={s.source}>
                {t(sourceKey(s.source))}：{yuan(s.amountFen)}
              </span>
            ))}
        </Space>
      </Card>
      <Table
        size="small"
        rowKey="id"
        loading={q.loading}
        title={() => t('econ.ledger.entries')}
        dataSource={l?.entries ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('econ.ledger.postedOn'),
            dataIndex: 'postedOn',
            render: (d: string) => formatDay(d, locale),
          },
          { title: t('econ.ledger.item'), dataIndex: 'label' },
          {
            title: t('econ.ledger.source'),
            key: 'source',
            render: (_, e) => t(sourceKey(e.source)),
          },
          yuanColumn(t('econ.ledger.amount'), 'amount', (e: LedgerEntry) => e.amountFen),
        ]}
      />
    </Space>
  );
}

function FindingTags({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  if (contract.findings.length === 0) return <Tag color="green">{t('econ.contract.none')}</Tag>;
  return (
    <Space size={4} wrap>
      {contract.findings.map((f) => (
        <Tag key={f.code} color="red" title={f.detail}>
          {t(findingKey(f.code))}
        </Tag>
      ))}
    </Space>
  );
}

function contractColumns(
  t: ReturnType<typeof useI18n>['t'],
  locale: Locale,
): TableColumnsType<Contract> {
  return [
    { title: t('econ.contract.lessee'), dataIndex: 'lessee', fixed: 'left' },
    { title: t('econ.contract.asset'), dataIndex: 'assetName' },
    { title: t('econ.contract.area'), dataIndex: 'area', align: 'right' },
    yuanColumn(t('econ.contract.price'), 'price', (c) => c.pricePerMuFen),
    {
      title: t('econ.contract.term'),
      key: 'term',
      render: (_, c) => `${formatDay(c.startsOn, locale)} ～ ${formatDay(c.endsOn, locale)}`,
    },
    {
      title: t('econ.contract.paid'),
      key: 'paid',
      align: 'right',
      render: (_, c) => `${yuan(c.paidFen)} / ${yuan(c.dueFen)}`,
    },
    {
      title: t('econ.contract.findings'),
      key: 'findings',
      render: (_, c) => <FindingTags contract={c} />,
    },
  ];
}

function ContractsTab({ region, version, onPaid }: TabProps & { onPaid: () => void }) {
  const { t, locale } = useI18n();
  const session = useSession();
  // Village cadres write their village's books; the server decides for each contract.
  const writes = session.roles.some((r) => r.role === 'village_cadre');
  const q = useApiQuery((s) => economyApi.contracts(region, s), [region, version]);
  const [paying, setPaying] = useState<Contract | null>(null);
  const columns: TableColumnsType<Contract> = [
    ...contractColumns(t, locale),
    {
      title: t('econ.asset.status'),
      key: 'status',
      render: (_, c) => t(contractStatusKey(c.status)),
    },
    ...(writes
      ? [
          {
            key: 'pay',
            render: (_: unknown, c: Contract) =>
              c.status === 'active' ? (
                <Button size="small" onClick={() => setPaying(c)}>
                  {t('econ.pay')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ExportButton list="contracts" region={region} />
      <Table
        size="small"
        rowKey="id"
        loading={q.loading}
        dataSource={q.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20 }}
      />
      <PaymentModal
        contract={paying}
        onClose={() => setPaying(null)}
        onSaved={() => {
          setPaying(null);
          onPaid();
        }}
      />
    </Space>
  );
}

function CleanupTab({ region, version }: TabProps) {
  const { t, locale } = useI18n();
  const q = useApiQuery((s) => economyApi.cleanup(region, s), [region, version]);
  const r = q.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ExportButton list="cleanup" region={region} />
      <Row gutter={16}>
        {[
          [t('econ.cleanup.contracts'), r?.contracts],
          [t('econ.cleanup.flagged'), r?.flagged.length],
          [t('econ.cleanup.cleaned'), r?.cleaned],
          [t('econ.cleanup.incomeAdded'), r ? yuan(r.incomeAddedFen) : undefined],
        ].map(([title, value]) => (
          <Col xs={12} md={6} key={String(title)}>
            <Card>
              <Statistic title={title} value={value ?? '—'} />
            </Card>
          </Col>
        ))}
      </Row>
      {r && Object.keys(r.byOutcome).length > 0 ? (
        <Space wrap>
          {Object.entries(r.byOutcome).map(([k, n]) => (
            <Tag key={k} color="blue">
              {t(outcomeKey(k))} {n}
            </Tag>
          ))}
        </Space>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        loading={q.loading}
        dataSource={r?.flagged ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        columns={[
          ...contractColumns(t, locale),
          {
            title: t('econ.cleanup.detail'),
            key: 'detail',
            render: (_, c) => c.findings.map((f) => f.detail).join('；'),
          },
        ]}
      />
    </Space>
  );
}

function AssetsTab({ region }: { region: string | undefined }) {
  const { t } = useI18n();
  const session = useSession();
  const q = useApiQuery((s) => economyApi.assets(region, s), [region]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {/* 下载模板 / 导入 / 导出: the 三资 sheet goes through the directory's Excel import */}
      <ExchangeToolbar
        entity="assets"
        filters={{}}
        canImport={session.roles.some((r) => r.role === 'village_cadre')}
        onImported={q.reload}
        exportUrl={economyLinks.export('assets', region)}
      />
      <Table
        size="small"
        rowKey="id"
        loading={q.loading}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('econ.asset.name'), dataIndex: 'name' },
          { title: t('econ.asset.kind'), key: 'kind', render: (_, a) => t(kindKey(a.kind)) },
          {
            title: t('econ.asset.class'),
            key: 'class',
            render: (_, a) => t(classKey(a.assetClass)),
          },
          { title: t('econ.contract.area'), dataIndex: 'area', align: 'right' },
          { title: t('econ.asset.location'), dataIndex: 'location' },
          {
            title: t('econ.asset.status'),
            key: 'status',
            render: (_, a) => t(assetStatusKey(a.status)),
          },
          {
            title: t('econ.asset.value'),
            key: 'value',
            align: 'right',
            render: (_, a) => (a.valueFen === null ? '—' : yuan(a.valueFen)),
          },
        ]}
      />
    </Space>
  );
}

/** 导出 Excel of one of the page's lists, for the region picked (else all the caller reads). */
function ExportButton(props: { list: EconomyExport; region: string | undefined; year?: number }) {
  const { t } = useI18n();
  return (
    <Button href={economyLinks.export(props.list, props.region, props.year)} download>
      {t('econ.export')}
    </Button>
  );
}
