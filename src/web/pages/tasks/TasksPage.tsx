import { useState } from 'react';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { taskApi, type TaskListItem } from '../../api/taskEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { NewListForm } from './NewListForm.tsx';
import { TaskBoard } from './TaskBoard.tsx';

// 联建任务清单 (订单/领单/评单): the lists of the unions the user reads; `?id=` opens one board.
export default function TasksPage() {
  const { search } = useLocation();
  const id = search.get('id');
  return id ? <TaskBoard id={id} /> : <TaskLists />;
}

function TaskLists() {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const list = useApiQuery((signal) => taskApi.list(signal), []);
  const columns: TableColumnsType<TaskListItem> = [
    { title: t('task.col.year'), dataIndex: 'year', key: 'year', width: 90 },
    { title: t('task.col.union'), key: 'union', render: (_: unknown, l) => l.subject.name },
    {
      title: t('task.col.title'),
      key: 'title',
      render: (_: unknown, l) => <Link to={withQuery('/tasks', { id: l.id })}>{l.title}</Link>,
    },
    { title: t('task.col.tasks'), dataIndex: 'tasks', key: 'tasks', width: 90 },
    { title: t('task.col.closed'), dataIndex: 'closed', key: 'closed', width: 90 },
    {
      title: t('task.col.score'),
      key: 'score',
      width: 110,
      render: (_: unknown, l) =>
        l.annualScore === null ? <Tag>{t('task.noScore')}</Tag> : <b>{l.annualScore}</b>,
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('task.list.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('task.list.new')}
        </Button>
      </Space>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<TaskListItem>
        rowKey="id"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('task.list.empty')} /> }}
      />
      {creating ? (
        <NewListForm
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(withQuery('/tasks', { id }))}
        />
      ) : null}
    </Space>
  );
}
