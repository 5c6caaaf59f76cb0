import { Button, Card, Flex, Form, Input, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { MEMBERSHIP_KINDS } from '../../../domain/directory/membershipKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryPagesApi, type MembershipItem } from '../../api/directoryPagesEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { searchOrgs, searchPersons } from '../directoryPickers.tsx';

interface MembershipForm {
  personId?: string;
  orgId?: string;
  groupId?: string;
  kind?: string;
  joinDate?: string;
}

/** 党员名册: each member's branch, party group, kind and join date; transfers are edits. */
export default function MembershipsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const region = search.get('region') ?? undefined;
  const kind = search.get('kind') ?? undefined;
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => directoryPagesApi.memberships({ region, kind, page, pageSize }, signal),
    [region, kind, page, pageSize],
  );
  const go = (query: { region?: string; kind?: string; page?: number; pageSize?: number }) =>
    navigate(withQuery('/memberships', { region, kind, page, pageSize, ...query }));
  const [editing, setEditing] = useState<MembershipItem | 'new' | null>(null);
  const [form] = Form.useForm<MembershipForm>();
  const chosenOrg = Form.useWatch('orgId', form);
  const canWrite = session.can('directory.write');
  const member = editing === 'new' || editing === null ? null : editing;
  const kindOptions = MEMBERSHIP_KINDS.map((k) => ({ value: k.code, label: k.label[locale] }));
  const required = [{ required: true, message: t('dp.required') }];

  const columns: TableColumnsType<MembershipItem> = [
    {
      title: t('memberships.name'),
      key: 'name',
      fixed: 'left',
      render: (_: unknown, m) => m.personName ?? '—',
    },
    { title: t('memberships.org'), key: 'org', render: (_: unknown, m) => m.orgName ?? '—' },
    { title: t('memberships.group'), key: 'group', render: (_: unknown, m) => m.groupName ?? '—' },
    {
      title: t('memberships.kind'),
      dataIndex: 'kind',
      render: (k: string) => (
        <Tag color={k === 'formal' ? 'red' : 'orange'}>{labelOf(MEMBERSHIP_KINDS, k, locale)}</Tag>
      ),
    },
    { title: t('memberships.joinDate'), dataIndex: 'joinDate' },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, m: MembershipItem) => (
              <Button size="small" onClick={() => setEditing(m)}>
                {t('dp.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('memberships.title')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('dp.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={8} wrap>
          <RegionPicker
            allowClear
            value={region}
            placeholder={t('dp.filterRegion')}
            style={{ minWidth: 220 }}
            onChange={(value) => go({ region: value, page: 1 })}
          />
          <Select
            allowClear
            aria-label={t('memberships.filterKind')}
            placeholder={t('memberships.filterKind')}
            value={kind}
            style={{ minWidth: 160 }}
            options={kindOptions}
            onChange={(value: string | undefined) => go({ kind: value, page: 1 })}
          />
        </Flex>
        <ExchangeToolbar
          entity="memberships"
          filters={{ region, kind }}
          canImport={canWrite}
          onImported={list.reload}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<MembershipItem>
          rowKey="personId"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          scroll={{ x: 'max-content' }}
          pagination={listPagination({
            page,
            pageSize,
            total: list.data?.total ?? 0,
            totalText: (total) => t('common.total', { total }),
            go,
          })}
        />
      </Flex>
      <SaveModal<MembershipForm>
        open={editing !== null}
        title={member ? `${t('dp.edit')} · ${member.personName ?? ''}` : t('dp.create')}
        form={form}
        initial={
          member
            ? {
                orgId: member.orgId,
                groupId: member.groupId ?? undefined,
                kind: member.kind,
                joinDate: member.joinDate,
              }
            : { kind: 'formal' }
        }
        savedText={member ? t('dp.saved') : t('dp.created')}
        save={(v) => {
          const fields = {
            orgId: v.orgId ?? '',
            groupId: v.groupId ?? null,
            kind: v.kind ?? '',
            joinDate: v.joinDate ?? '',
          };
          return member
            ? directoryPagesApi.updateMembership(member.personId, fields)
            : directoryPagesApi.createMembership({ personId: v.personId ?? '', ...fields });
        }}
        onClose={() => setEditing(null)}
        onSaved={list.reload}
      >
        {!member && (
          <Form.Item name="personId" label={t('memberships.name')} rules={required}>
            <RemoteSelect search={searchPersons} placeholder={t('dp.personSearch')} />
          </Form.Item>
        )}
        <Form.Item name="orgId" label={t('memberships.org')} rules={required}>
          <RemoteSelect
            search={searchOrgs(region, 'branches')}
            deps={[region]}
            initialLabel={member?.orgName}
          />
        </Form.Item>
        <Form.Item name="groupId" label={t('memberships.group')}>
          <RemoteSelect
            allowClear
            search={async (q, signal) =>
              chosenOrg ? searchOrgs(undefined, 'groups', chosenOrg)(q, signal) : []
            }
            deps={[chosenOrg]}
            initialLabel={member?.groupName}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('memberships.kind')} rules={required}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="joinDate" label={t('memberships.joinDate')} rules={required}>
          <Input type="date" />
        </Form.Item>
      </SaveModal>
    </Card>
  );
}
