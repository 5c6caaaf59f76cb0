import { Form, Progress, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { PROJECT_STATUSES, PROJECT_TYPES } from '../../../domain/projects/kinds.ts';
import { projectApi, type ProjectItem } from '../../api/projectEndpoints.ts';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { ProjectDetailView } from './ProjectDetailView.tsx';
import { ProjectFormModal, type ProjectFormValues } from './ProjectFormModal.tsx';
import { STATUS_COLOR, statusKey, typeKey } from './labels.ts';

// 项目管理: the projects the user reads, filtered by type, village and status; `?id=` opens one.
export default function ProjectsPage() {
  const { search } = useLocation();
  const id = search.get('id');
  return id ? <ProjectDetailView id={id} /> : <ProjectList />;
}

function ProjectList() {
  const { t, locale } = useI18n();
  const route = useListRoute('/projects', ['q', 'region', 'type', 'status']);
  const list = useListQuery(route, projectApi.list);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<ProjectFormValues>();
  const columns: TableColumnsType<ProjectItem> = [
    {
      title: t('project.col.name'),
      key: 'name',
      fixed: 'left',
      render: (_: unknown, p) => (
        <Space size={4}>
          <Link to={withQuery('/projects', { id: p.id })}>{p.name}</Link>
          {p.key ? <Tag color="red">{t('project.key')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('project.col.type'), key: 'type', render: (_: unknown, p) => t(typeKey(p.type)) },
    {
      title: t('project.col.status'),
      key: 'status',
      render: (_: unknown, p) => <Tag color={STATUS_COLOR[p.status]}>{t(statusKey(p.status))}</Tag>,
    },
    {
      title: t('project.col.villages'),
      key: 'villages',
      render: (_: unknown, p) => p.villages.map((v) => v.name).join('、'),
    },
    {
      title: t('project.col.belongs'),
      key: 'belongs',
      render: (_: unknown, p) => p.union?.name ?? p.pairing?.name ?? p.parent?.name ?? '—',
    },
    {
      title: t('project.col.progress'),
      key: 'progress',
      width: 160,
      render: (_: unknown, p) => <Progress percent={p.progress} size="small" />,
    },
    {
      title: t('project.col.money'),
      key: 'money',
      align: 'right',
      render: (_: unknown, p) =>
        `${formatNumber(p.spent, locale)} / ${formatNumber(p.budget, locale)}`,
    },
  ];
  const vocabulary = <T extends string>(
    codes: readonly T[],
    key: (c: T) => Parameters<typeof t>[0],
  ) => codes.map((c) => ({ value: c, label: t(key(c)) }));
  const typeOptions = vocabulary(PROJECT_TYPES, typeKey);
  const statusOptions = vocabulary(PROJECT_STATUSES, statusKey);
  return (
    <ListPage
      title={t('project.list.title')}
      create={
        // The projects policy says who may start one (the answer's abilities), not the page.
        list.data?.abilities.create
          ? { label: t('project.create'), onClick: () => setCreating(true) }
          : undefined
      }
      route={route}
      search={{ placeholder: t('project.search'), width: 360 }}
      filters={[
        { name: 'region', placeholder: t('project.filterRegion') },
        { name: 'type', label: t('project.filterType'), width: 160, options: typeOptions },
        { name: 'status', label: t('project.filterStatus'), width: 160, options: statusOptions },
      ]}
      list={list}
      rowKey="id"
      columns={columns}
    >
      <ProjectFormModal
        open={creating}
        form={form}
        project={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => navigate(withQuery('/projects', { id: saved.id }))}
      />
    </ListPage>
  );
}
