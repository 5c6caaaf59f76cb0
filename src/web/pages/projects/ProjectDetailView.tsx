import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  InputNumber,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { projectApi, type ProjectDetail } from '../../api/projectEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDay, formatNumber } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
import { ProjectFormModal, type ProjectFormValues } from './ProjectFormModal.tsx';
import { ProjectWrites, type ProjectWrite } from './ProjectWrites.tsx';
import { STATUS_COLOR, sourceKey, statusKey, typeKey } from './labels.ts';
import { todayInShanghai } from '../../today.ts';
import { SectionTable } from '../../components/SectionTable.tsx';

// One project: budget against spend per source, milestones with their progress and the weighted
// roll-up, child projects, outcomes and 人大 inspections. Writes show where abilities allow them.
export function ProjectDetailView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>();
  const [editing, setEditing] = useState(false);
  const [writing, setWriting] = useState<ProjectWrite>(null);
  const [form] = Form.useForm<ProjectFormValues>();
  const detail = useApiQuery((signal) => projectApi.get(id, signal), [id, version]);
  const reload = () => setVersion((v) => v + 1);
  const run = (write: () => Promise<ProjectDetail>) => {
    setError(undefined);
    write().then(reload, (e: unknown) => setError(e));
  };
  const money = (n: number) => formatNumber(n, locale);
  const p = detail.data;
  const can = p?.abilities.update ?? false;
  // A card's write button, where the caller may change the project.
  const action = (write: ProjectWrite, label: MessageKey, shown = true) =>
    can && shown ? (
      <Button size="small" onClick={() => setWriting(write)}>
        {t(label)}
      </Button>
    ) : null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/projects">← {t('project.back')}</Link>
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {p ? (
        <>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {p.name}
            </Typography.Title>
            <Tag color={STATUS_COLOR[p.status]}>{t(statusKey(p.status))}</Tag>
            {p.key ? <Tag color="red">{t('project.key')}</Tag> : null}
            {can ? <Button onClick={() => setEditing(true)}>{t('project.edit')}</Button> : null}
          </Space>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('project.col.type')}>
              {t(typeKey(p.type))}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.col.villages')}>
              {p.villages.map((v) => v.name).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.col.belongs')}>
              {p.union?.name ?? p.pairing?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.parent')}>
              {p.parent ? (
                <Link to={withQuery('/projects', { id: p.parent.id })}>{p.parent.name}</Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.startsOn')}>
              {formatDay(p.startsOn, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.endsOn')}>
              {p.endsOn ? formatDay(p.endsOn, locale) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.progress')} span={2}>
              <Progress percent={p.progress} style={{ maxWidth: 420 }} />
            </Descriptions.Item>
            {p.description ? (
              <Descriptions.Item label={t('project.description')} span={2}>
                {p.description}
              </Descriptions.Item>
            ) : null}
          </Descriptions>

          <Card
            size="small"
            title={t('project.funds')}
            extra={action('spend', 'project.spend.record', p.funds.lines.length > 0)}
          >
            <Table
              size="small"
              rowKey="source"
              pagination={false}
              dataSource={p.funds.lines}
              columns={[
                {
                  title: t('project.fund.source'),
                  key: 'source',
                  render: (_: unknown, l) => t(sourceKey(l.source)),
                },
                {
                  title: t('project.fund.budget'),
                  key: 'budget',
                  align: 'right',
                  render: (_: unknown, l) => money(l.budget),
                },
                {
                  title: t('project.fund.spent'),
                  key: 'spent',
                  align: 'right',
                  render: (_: unknown, l) => (
                    <Space size={4}>
                      {money(l.spent)}
                      {l.spent > l.budget ? (
                        <Tag color="error">{t('project.fund.over')}</Tag>
                      ) : null}
                    </Space>
                  ),
                },
                {
                  title: '',
                  key: 'bar',
                  width: 200,
                  render: (_: unknown, l) => (
                    <Progress
                      size="small"
                      percent={l.budget === 0 ? 0 : Math.round((100 * l.spent) / l.budget)}
                      status={l.spent > l.budget ? 'exception' : 'normal'}
                    />
                  ),
                },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('project.fund.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {money(p.funds.budget)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {money(p.funds.spent)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>
                    {p.funds.spentShare === null ? '' : `${p.funds.spentShare}%`}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </Card>

          <Card
            size="small"
            title={t('project.milestones')}
            extra={action('milestone', 'project.milestone.add')}
          >
            <SectionTable
              emptyText={t('project.none')}
              rowKey="id"
              dataSource={p.milestones}
              columns={[
                { title: t('project.milestone.name'), dataIndex: 'name' },
                { title: t('project.milestone.weight'), dataIndex: 'weight', align: 'right' },
                {
                  title: t('project.milestone.progress'),
                  key: 'progress',
                  width: 320,
                  render: (_: unknown, m) => (
                    <Space>
                      <Progress percent={m.progress} size="small" style={{ width: 160 }} />
                      {can ? (
                        <InputNumber
                          aria-label={`${m.name} ${t('project.milestone.progress')}`}
                          size="small"
                          min={0}
                          max={100}
                          precision={0}
                          defaultValue={m.progress}
                          onBlur={(e) => {
                            const value = Number(e.target.value);
                            if (value !== m.progress)
                              run(() =>
                                projectApi.updateMilestone(p.id, m.id, { progress: value }),
                              );
                          }}
                        />
                      ) : null}
                    </Space>
                  ),
                },
                {
                  title: t('project.milestone.due'),
                  dataIndex: 'dueOn',
                  render: (d: string | null) => (d ? formatDay(d, locale) : '—'),
                },
                ...(can
                  ? [
                      {
                        title: '',
                        key: 'remove',
                        render: (_: unknown, m: ProjectDetail['milestones'][number]) => (
                          <Popconfirm
                            title={t('project.milestone.removeConfirm')}
                            onConfirm={() => run(() => projectApi.removeMilestone(p.id, m.id))}
                          >
                            <Button type="link" size="small" danger>
                              {t('project.milestone.remove')}
                            </Button>
                          </Popconfirm>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {p.children.length > 0 ? (
              <>
                <Typography.Title level={5}>{t('project.children')}</Typography.Title>
                {p.children.map((c) => (
                  <Space key={c.id} style={{ display: 'flex' }}>
                    <Link to={withQuery('/projects', { id: c.id })}>{c.name}</Link>
                    <span>×{c.weight}</span>
                    <Progress percent={c.progress} size="small" style={{ width: 160 }} />
                  </Space>
                ))}
              </>
            ) : null}
          </Card>

          <Card
            size="small"
            title={t('project.outcomes')}
            extra={action('outcome', 'project.outcome.record')}
          >
            <SectionTable
              emptyText={t('project.none')}
              rowKey="year"
              dataSource={p.outcomes}
              columns={[
                { title: t('project.outcome.year'), dataIndex: 'year' },
                {
                  title: t('project.outcome.income'),
                  dataIndex: 'incomeAdded',
                  align: 'right',
                  render: (n: number) => money(n),
                },
                {
                  title: t('project.outcome.households'),
                  dataIndex: 'householdsBenefiting',
                  align: 'right',
                },
              ]}
            />
          </Card>

          <Card
            size="small"
            title={t('project.inspections')}
            extra={action('inspection', 'project.inspection.record')}
          >
            <Alert
              showIcon
              type={
                p.inspection.inspected === null
                  ? 'info'
                  : p.inspection.inspected
                    ? 'success'
                    : 'warning'
              }
              message={`${t('project.inspection.thisQuarter')}（${p.inspection.quarter}）：${
                p.inspection.inspected === null
                  ? t('project.inspection.notKey')
                  : p.inspection.inspected
                    ? t('project.inspection.done')
                    : t('project.inspection.missing')
              }`}
              description={t('project.inspection.hint')}
              style={{ marginBottom: 12 }}
            />
            <SectionTable
              emptyText={t('project.none')}
              rowKey="id"
              dataSource={p.inspections}
              columns={[
                {
                  title: t('project.inspection.on'),
                  dataIndex: 'occurredOn',
                  width: 120,
                  render: (d: string) => formatDay(d, locale),
                },
                { title: t('project.inspection.title'), dataIndex: 'title' },
                {
                  title: t('project.inspection.outcome'),
                  dataIndex: 'outcome',
                  render: (o: string | null) => o ?? '',
                },
              ]}
            />
          </Card>

          <ProjectFormModal
            open={editing}
            form={form}
            project={p}
            onClose={() => setEditing(false)}
            onSaved={reload}
          />
          <ProjectWrites
            project={p}
            open={writing}
            today={todayInShanghai()}
            onClose={() => setWriting(null)}
            onSaved={reload}
          />
        </>
      ) : null}
    </Space>
  );
}
