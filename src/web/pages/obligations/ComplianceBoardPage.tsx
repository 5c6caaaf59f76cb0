import {
  Button,
  Card,
  Col,
  Flex,
  Row,
  Segmented,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { obligationApi, type Board, type SubjectKind } from '../../api/obligationEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { percent } from './labels.ts';
import { SubjectDrawer } from './SubjectDrawer.tsx';
import { formatDay } from '../../i18n/format.ts';

// 履职看板: compliance computed from the recorded activities (never typed in), for a region and a
// year; rows drill down to the next level, laggards name each missed period and open its records.

type Child = Board['children'][number];
type Laggard = Board['laggards'][number];
const KINDS: SubjectKind[] = ['pairing', 'village', 'compound'];

function parentOf(code: string, level: string): string | undefined {
  if (level === 'village') return `${code.slice(0, 9)}000`;
  if (level === 'township') return `${code.slice(0, 6)}000000`;
  return undefined;
}

export default function ComplianceBoardPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const region = search.get('region') ?? undefined;
  const kind = (search.get('kind') as SubjectKind | null) ?? 'pairing';
  const year = search.get('year') ? Number(search.get('year')) : undefined;
  const subject = search.get('subject') ?? undefined;
  const go = (next: Record<string, string | number | undefined>) =>
    navigate(
      withQuery('/obligations/board', {
        region,
        kind,
        year,
        subject: undefined,
        ...next,
      }),
    );
  const board = useApiQuery(
    (signal) => obligationApi.board({ region, subjectKind: kind, year }, signal),
    [region, kind, year],
  );
  const rules = useApiQuery((signal) => obligationApi.rules(signal), []);
  const types = new Map((rules.data?.items ?? []).map((r) => [r.code, r.activityType]));
  const data = board.data;
  const thisYear = Number(new Date().getFullYear());
  const childColumns: TableColumnsType<Child> = [
    { title: t('obl.board.region'), dataIndex: 'name', key: 'name' },
    { title: t('obl.board.subjects'), dataIndex: 'subjects', key: 'subjects', align: 'right' },
    { title: t('obl.board.due'), dataIndex: 'due', key: 'due', align: 'right' },
    { title: t('obl.board.met'), dataIndex: 'met', key: 'met', align: 'right' },
    {
      title: t('obl.board.rate'),
      key: 'rate',
      align: 'right',
      render: (_: unknown, c) => percent(c.rate),
    },
    {
      title: t('obl.board.laggards'),
      key: 'laggards',
      align: 'right',
      render: (_: unknown, c) => (c.laggards > 0 ? <Tag color="red">{c.laggards}</Tag> : 0),
    },
  ];
  const laggardColumns: TableColumnsType<Laggard> = [
    {
      title: t('obl.board.subject'),
      key: 'name',
      render: (_: unknown, l) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => go({ subject: `${l.kind}:${l.id}` })}
        >
          {l.name}
        </Button>
      ),
    },
    {
      title: t('obl.board.rate'),
      key: 'rate',
      align: 'right',
      render: (_: unknown, l) => percent(l.rate),
    },
    {
      title: t('obl.board.missed'),
      key: 'missed',
      render: (_: unknown, l) => (
        <Flex wrap gap={4}>
          {l.missed.map((m) => (
            <Tag key={`${m.ruleCode}|${m.periodKey}`} color="red">
              {m.ruleName} · {m.periodLabel} {m.done}/{m.required}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];
  const [subjectKind, subjectId] = subject?.split(':') ?? [];
  const up = data ? parentOf(data.region.code, data.region.level) : undefined;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('obl.board.title')} {data && `· ${data.region.name}`}
        </Typography.Title>
        <Flex gap={8} wrap align="center">
          {up && <Button onClick={() => go({ region: up })}>{t('obl.board.up')}</Button>}
          <Segmented<SubjectKind>
            value={kind}
            options={KINDS.map((k) => ({ value: k, label: t(`obl.kind.${k}`) }))}
            onChange={(k) => go({ kind: k })}
          />
          <Select<number>
            aria-label={t('obl.board.year')}
            value={data?.year ?? year ?? thisYear}
            style={{ width: 110 }}
            options={[0, 1, 2].map((n) => ({ value: thisYear - n, label: String(thisYear - n) }))}
            onChange={(y) => go({ year: y })}
          />
        </Flex>
      </Flex>
      <ErrorAlert error={board.error} onRetry={board.reload} />
      {data && (
        <>
          <Typography.Text type="secondary">
            {t('obl.board.asOf', { date: formatDay(data.asOf, locale) })}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {(
              [
                ['obl.board.subjects', data.totals.subjects],
                ['obl.board.due', data.totals.due],
                ['obl.board.met', data.totals.met],
                ['obl.board.rate', percent(data.totals.rate)],
                ['obl.board.laggards', data.totals.laggards],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={4}>
                <Card size="small">
                  <Statistic title={t(key)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          {data.children.length > 0 && (
            <Table<Child>
              rowKey="code"
              size="small"
              columns={childColumns}
              dataSource={data.children}
              pagination={false}
              onRow={(c) => ({
                onClick: () => go({ region: c.code }),
                style: { cursor: 'pointer' },
              })}
            />
          )}
          <Card size="small" title={t('obl.board.rules')}>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={data.rules}
              columns={[
                { title: t('obl.board.rule'), dataIndex: 'name', key: 'name' },
                { title: t('obl.board.due'), dataIndex: 'due', key: 'due', align: 'right' },
                { title: t('obl.board.met'), dataIndex: 'met', key: 'met', align: 'right' },
                {
                  title: t('obl.board.rate'),
                  key: 'rate',
                  align: 'right',
                  render: (_: unknown, r) => percent(r.due === 0 ? null : r.met / r.due),
                },
              ]}
            />
          </Card>
          <Card size="small" title={`${t('obl.board.laggardList')} · ${data.laggardTotal}`}>
            <Table<Laggard>
              rowKey="id"
              size="small"
              columns={laggardColumns}
              dataSource={data.laggards}
              locale={{
                emptyText: t(
                  data.totals.subjects === 0 ? 'obl.board.noSubjects' : 'obl.board.noLaggards',
                ),
              }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
            />
            {data.laggardTotal > data.laggards.length && (
              <Typography.Text type="secondary">
                {t('obl.board.more', { n: data.laggardTotal - data.laggards.length })}
              </Typography.Text>
            )}
          </Card>
        </>
      )}
      {subjectKind && subjectId && (
        <SubjectDrawer
          kind={subjectKind as SubjectKind}
          id={subjectId}
          year={year}
          types={types}
          onClose={() => go({ subject: undefined })}
        />
      )}
    </Flex>
  );
}
