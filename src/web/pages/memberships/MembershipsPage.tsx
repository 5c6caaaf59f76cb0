import { Button, Form, Input, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { MEMBERSHIP_KINDS } from '../../../domain/directory/membershipKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import {
  directoryPagesApi,
  type MembershipItem,
  type NewMembership,
} from '../../api/directoryPagesEndpoints.ts';
import { actionsColumn } from '../../components/listPage/actionsColumn.tsx';
import { FilterSelect, RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { searchOrgs, searchPersons } from '../directoryPickers.tsx';

type MembershipForm = Partial<NewMembership>;

/** 党员名册: each member's branch, party group, kind and join date; transfers are edits. */
export default function MembershipsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const route = useListRoute('/memberships', ['region', 'kind']);
  const { region, kind } = route.params;
  const { page, pageSize } = route;
  const list = useApiQuery(
    (signal) => directoryPagesApi.memberships({ region, kind, page, pageSize }, signal),
    route.deps,
  );
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
    ...actionsColumn<MembershipItem>(t('common.actions'), canWrite, (m) => (
      <Button size="small" onClick={() => setEditing(m)}>
        {t('dp.edit')}
      </Button>
    )),
  ];

  return (
    <ListPage
      title={t('memberships.title')}
      create={canWrite ? { label: t('dp.create'), onClick: () => setEditing('new') } : undefined}
      route={route}
      filters={
        <>
          <RegionFilter route={route} />
          <FilterSelect
            route={route}
            name="kind"
            label={t('memberships.filterKind')}
            width={160}
            options={MEMBERSHIP_KINDS}
          />
        </>
      }
      exchange={{ entity: 'memberships', filters: { region, kind }, canImport: canWrite }}
      list={list}
      rowKey="personId"
      columns={columns}
    >
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
    </ListPage>
  );
}
