import { Button, Card, Flex, Form, Input, Select, Switch, Table, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { BoardItem, RoundItem } from '../../api/evaluationTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { CellLink } from '../../components/listPage/CellLink.tsx';
import { ListTable } from '../../components/listPage/ListTable.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { stageKey, starNames, stepName, waitingKey } from './labels.ts';
import { SchemeText, useRoundText, useSchemeText } from './SchemeText.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { SubjectDrawer } from './SubjectDrawer.tsx';
import { useAction } from './useAction.ts';

const STAGE_COLORS: Record<string, string> = {
  claiming: 'default',
  review: 'processing',
  notice: 'warning',
  awarded: 'success',
};

function OpenRoundForm({ onOpened }: { onOpened: () => void }) {
  const { t } = useI18n();
  const text = useSchemeText();
  const schemes = useApiQuery((signal) => evaluationApi.schemes(signal), []);
  const { busy, run } = useAction();
  const submit = (values: { schemeId: string; regionCode: string; period: string }) =>
    run(
      () => evaluationApi.openRound(values),
      (round) => t('evaluation.opened', { n: round.subjects }),
      onOpened,
    );
  return (
    <Form
      layout="inline"
      onFinish={submit}
      initialValues={{ period: String(new Date().getFullYear()) }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="schemeId" label={t('evaluation.scheme')} rules={[{ required: true }]}>
        <Select
          style={{ width: 240 }}
          options={(schemes.data?.items ?? []).map((s) => ({ value: s.id, label: text(s.name) }))}
        />
      </Form.Item>
      <Form.Item name="regionCode" label={t('evaluation.region')} rules={[{ required: true }]}>
        <RegionPicker style={{ width: 220 }} />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('evaluation.period')}
        rules={[{ required: true, pattern: /^\d{4}(-(H[12]|Q[1-4]))?$/ }]}
      >
        <Input style={{ width: 100 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('evaluation.openRound')}
      </Button>
    </Form>
  );
}

function RoundsList() {
  const { t } = useI18n();
  const roundName = useRoundText();
  const { permissions } = useSession();
  const rounds = useApiQuery((signal) => evaluationApi.rounds(signal), []);
  const columns: TableColumnsType<RoundItem> = [
    {
      title: t('evaluation.round'),
      key: 'name',
      render: (_: unknown, r) => (
        <Link to={withQuery('/evaluation', { round: r.id })}>
          {roundName(r.name, r.schemeName)}
        </Link>
      ),
    },
    {
      title: t('evaluation.scheme'),
      key: 'scheme',
      render: (_: unknown, r) => <SchemeText text={r.schemeName} />,
    },
    regionColumn(t('evaluation.region')),
    { title: t('evaluation.period'), dataIndex: 'period' },
    { title: t('evaluation.subjects'), dataIndex: 'subjects', align: 'right' },
    { title: t('evaluation.awarded'), dataIndex: 'awarded', align: 'right' },
  ];
  return (
    <Card title={t('evaluation.rounds')}>
      <Flex vertical gap={16}>
        {permissions.includes('evaluation.manage') && <OpenRoundForm onOpened={rounds.reload} />}
        <ListTable list={rounds} columns={columns} rowKey="id" size="small" />
      </Flex>
    </Card>
  );
}

function RoundBoard({ id, subject }: { id: string; subject: string | undefined }) {
  const { t, locale } = useI18n();
  const roundName = useRoundText();
  const [onlyMine, setOnlyMine] = useState(false);
  const board = useApiQuery((signal) => evaluationApi.board(id, signal), [id]);
  const data = board.data;
  const star = data ? starNames(data.scheme, locale) : (k: string) => k;
  const rows = (data?.items ?? []).filter((i) => !onlyMine || i.waiting);
  const open = (evaluationId: string | undefined) =>
    navigate(withQuery('/evaluation', { round: id, subject: evaluationId }));
  const columns: TableColumnsType<BoardItem> = [
    {
      title: t('evaluation.subject'),
      key: 'subject',
      render: (_: unknown, i) => <CellLink onClick={() => open(i.id)}>{i.subjectName}</CellLink>,
    },
    regionColumn(t('evaluation.region')),
    {
      title: t('evaluation.stage'),
      key: 'stage',
      render: (_: unknown, i) => (
        <Tag color={STAGE_COLORS[i.stage]}>
          {t(stageKey(i.stage))}
          {i.step && data ? ` · ${stepName(data.scheme, i.step, locale)}` : ''}
        </Tag>
      ),
    },
    {
      title: t('evaluation.stars'),
      key: 'stars',
      render: (_: unknown, i) =>
        (i.stage === 'awarded' ? i.heldStars : i.grantedStars).map(star).join('、') || '—',
    },
    {
      title: t('evaluation.level'),
      key: 'level',
      align: 'right',
      render: (_: unknown, i) => t('evaluation.levelN', { n: i.level }),
    },
    {
      title: t('evaluation.waiting'),
      key: 'waiting',
      render: (_: unknown, i) =>
        i.waiting ? (
          <Button size="small" type="primary" onClick={() => open(i.id)}>
            {t(waitingKey(i.waiting))}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={data ? roundName(data.round.name, data.round.schemeName) : t('evaluation.round')}
      extra={<Link to="/evaluation">{t('evaluation.backToRounds')}</Link>}
    >
      <ErrorAlert error={board.error} onRetry={board.reload} />
      <Tabs
        items={[
          {
            key: 'board',
            label: t('evaluation.subjects'),
            children: (
              <Flex vertical gap={12}>
                <Flex gap={12} wrap align="center">
                  <Switch
                    checked={onlyMine}
                    onChange={setOnlyMine}
                    aria-label={t('evaluation.onlyMine')}
                  />
                  <span>{t('evaluation.onlyMine')}</span>
                  <a href={`/api/v1/evaluation/rounds/${id}/report`}>{t('evaluation.report')}</a>
                  <a href={`/api/v1/evaluation/rounds/${id}/export`}>{t('evaluation.export')}</a>
                  <a
                    href={`/api/v1/evaluation/rounds/${id}/certificates`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('evaluation.certificates')}
                  </a>
                  <a
                    href={`/notice/${id}${locale === 'zh-CN' ? '' : `?lang=${locale}`}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('evaluation.noticePage')}
                  </a>
                </Flex>
                <Table
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={rows}
                  loading={board.loading}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  scroll={{ x: 'max-content' }}
                />
              </Flex>
            ),
          },
          {
            key: 'progress',
            label: t('evaluation.progress'),
            children: data ? (
              <ProgressPanel
                region={data.round.regionCode}
                scheme={data.round.schemeKey}
                period={data.round.period}
              />
            ) : null,
          },
        ]}
      />
      <SubjectDrawer id={subject} onClose={() => open(undefined)} onChanged={board.reload} />
    </Card>
  );
}

export default function EvaluationPage() {
  const { search } = useLocation();
  const round = search.get('round') ?? undefined;
  const subject = search.get('subject') ?? undefined;
  return round ? <RoundBoard id={round} subject={subject} /> : <RoundsList />;
}
