import { useState } from 'react';
import {
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { taskApi, type TaskItem, type TaskListDetail } from '../../api/taskEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link } from '../../router.tsx';
import { TaskForm, type TaskFormKind } from './TaskForms.tsx';
import { formatDay } from '../../i18n/format.ts';

// One list's board: the joint meeting's targets, each task with its owner, deadline, months and
// quarters, the year's score, the 年述职 download. Forms show only where abilities.write allows.
export function TaskBoard({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<{ kind: TaskFormKind; task: TaskItem | null } | null>(null);
  const [error, setError] = useState<unknown>();
  const detail = useApiQuery((signal) => taskApi.get(id, signal), [id, version]);
  const saved = (_: TaskListDetail) => {
    setOpen(null);
    void message.success(t('task.saved'));
    setVersion((v) => v + 1);
  };
  const l = detail.data;
  const columns: TableColumnsType<TaskItem> = [
    {
      title: t('task.col.task'),
      key: 'task',
      width: 280,
      render: (_: unknown, task) => (
        <Space direction="vertical" size={0}>
          <Space size={4}>
            <b>{task.title}</b>
            <Tag color={task.status === 'closed' ? 'green' : 'blue'}>
              {t(task.status === 'closed' ? 'task.status.closed' : 'task.status.open')}
            </Tag>
          </Space>
          <Typography.Text type="secondary">{task.measures}</Typography.Text>
          <Typography.Text type="secondary">
            {t('task.col.deadline')}：{formatDay(task.deadline, locale)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('task.col.owner'),
      key: 'owner',
      width: 90,
      render: (_: unknown, task) => task.owner?.name ?? <Tag>{t('task.noOwner')}</Tag>,
    },
    {
      title: t('task.col.progress'),
      key: 'progress',
      width: 200,
      render: (_: unknown, task) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Progress percent={task.latestProgress} size="small" />
          <Typography.Text type="secondary">
            {t('task.monthsEntered', { n: task.progress.length, due: l?.monthsDue.length ?? 0 })}
            {task.progress.at(-1) ? ` · ${task.progress.at(-1)?.note ?? ''}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('task.col.quarters'),
      key: 'quarters',
      width: 170,
      render: (_: unknown, task) => (
        <Space size={4} wrap>
          {[1, 2, 3, 4].map((q) => {
            const s = task.scores.find((x) => x.quarter === q);
            return (
              <Tag key={q} color={s ? 'gold' : undefined} title={s ? s.scoredBy : undefined}>
                {t('task.quarter', { n: q })} {s ? s.score : '—'}
              </Tag>
            );
          })}
        </Space>
      ),
    },
    {
      title: t('task.col.annual'),
      key: 'annual',
      width: 80,
      render: (_: unknown, task) => (task.annualScore === null ? '—' : <b>{task.annualScore}</b>),
    },
  ];
  if (l?.abilities.write)
    columns.push({
      title: t('task.col.actions'),
      key: 'actions',
      width: 110,
      render: (_: unknown, task) =>
        task.status === 'open' ? (
          <Space direction="vertical" size={0} align="start">
            <Button type="link" size="small" onClick={() => setOpen({ kind: 'progress', task })}>
              {t('task.enterProgress')}
            </Button>
            <Button type="link" size="small" onClick={() => setOpen({ kind: 'score', task })}>
              {t('task.giveScore')}
            </Button>
            <Button type="link" size="small" onClick={() => setOpen({ kind: 'owner', task })}>
              {t('task.setOwner')}
            </Button>
            <Popconfirm
              title={t('task.closeConfirm')}
              onConfirm={() =>
                taskApi.close(l.id, task.id).then(saved, (e: unknown) => setError(e))
              }
            >
              <Button type="link" size="small" danger>
                {t('task.close')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/tasks">← {t('task.back')}</Link>
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {l ? (
        <>
          <Typography.Title level={3}>{l.title}</Typography.Title>
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('task.col.union')}>{l.subject.name}</Descriptions.Item>
            <Descriptions.Item label={t('task.meetingOn')}>{l.meetingOn}</Descriptions.Item>
            <Descriptions.Item label={t('task.annualScore')}>
              {l.annualScore === null ? t('task.noScore') : <b>{l.annualScore}</b>}
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('task.targets')}>
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              {l.targets.map((target, i) => (
                <li key={i}>{target}</li>
              ))}
            </ol>
          </Card>
          <Card
            size="small"
            title={t('task.items')}
            extra={
              <Space>
                <Button href={taskApi.reportUrl(l.id)}>{t('task.report')}</Button>
                {l.abilities.write ? (
                  <Button type="primary" onClick={() => setOpen({ kind: 'add', task: null })}>
                    {t('task.add')}
                  </Button>
                ) : null}
              </Space>
            }
          >
            <Table<TaskItem>
              rowKey="id"
              columns={columns}
              dataSource={l.items}
              pagination={false}
              scroll={{ x: 930 }}
            />
          </Card>
          {open ? (
            <TaskForm
              kind={open.kind}
              list={l}
              task={open.task}
              onClose={() => setOpen(null)}
              onSaved={saved}
            />
          ) : null}
        </>
      ) : null}
    </Space>
  );
}
