import { Button, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { unionApi, type UnionItem } from '../../api/unionEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { NewUnionModal } from './NewUnionModal.tsx';
import { UnionDetailView } from './UnionDetailView.tsx';
import { formKey } from './labels.ts';

// 跨村联建: the unions the user reads (a union cadre: their own); `?id=` opens one union.
export default function UnionsPage() {
  const { search } = useLocation();
  const id = search.get('id');
  return id ? <UnionDetailView id={id} /> : <UnionList />;
}

function UnionList() {
  const { t } = useI18n();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const list = useApiQuery((signal) => unionApi.list(signal), []);
  const columns: TableColumnsType<UnionItem> = [
    {
      title: t('union.col.name'),
      key: 'name',
      render: (_: unknown, u) => <Link to={withQuery('/unions', { id: u.id })}>{u.name}</Link>,
    },
    { title: t('union.col.form'), key: 'form', render: (_: unknown, u) => t(formKey(u.form)) },
    {
      title: t('union.col.villages'),
      key: 'villages',
      render: (_: unknown, u) => (
        <Space size={4} wrap>
          {u.villages.map((v) => (
            <Tag key={v.code} color={v.code === u.lead ? 'red' : undefined}>
              {v.name}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('union.col.org'), key: 'org', render: (_: unknown, u) => u.org?.name ?? '—' },
    {
      title: t('union.col.secretary'),
      key: 'secretary',
      render: (_: unknown, u) => u.secretary?.name ?? '—',
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('union.list.title')}
        </Typography.Title>
        {can('unions.manage') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('union.new')}
          </Button>
        )}
      </Flex>
      <NewUnionModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          navigate(withQuery('/unions', { id: u.id }));
        }}
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<UnionItem>
        rowKey="id"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('union.list.empty')} /> }}
      />
    </Space>
  );
}
