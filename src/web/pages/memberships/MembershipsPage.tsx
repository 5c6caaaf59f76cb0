import { Form, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { MEMBERSHIP_KINDS } from '../../../domain/directory/membershipKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import {
  directoryPagesApi,
  type MembershipItem,
  type NewMembership,
} from '../../api/directoryPagesEndpoints.ts';
import { editColumn } from '../../components/listPage/actionsColumn.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { RowEditModal } from '../../components/listPage/RowEditModal.tsx';
import { useEditableList } from '../../components/listPage/useEditableList.ts';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { PersonField, searchOrgs } from '../directoryPickers.tsx';
import { DateField } from '../../components/DateField.tsx';
import { formatDay } from '../../i18n/format.ts';

type MembershipForm = Partial<NewMembership>;

/** 党员名册: each member's branch, party group, kind and join date; transfers are edits. */
export default function MembershipsPage() {
  const { t, locale } = useI18n();
  const { route, list, editor, canWrite, create } = useEditableList(
    '/memberships',
    ['region', 'kind'],
    directoryPagesApi.memberships,
  );
  const { region } = route.params;
  const [form] = Form.useForm<MembershipForm>();
  const chosenOrg = Form.useWatch('orgId', form);
  const member = editor.row;
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
    {
      title: t('memberships.joinDate'),
      dataIndex: 'joinDate',
      render: (d: string) => formatDay(d, locale),
    },
    ...editColumn<MembershipItem>(t('common.actions'), canWrite, () => t('dp.edit'), editor.edit),
  ];

  return (
    <ListPage
      title={t('memberships.title')}
      create={create}
      route={route}
      filters={[
        { name: 'region' },
        { name: 'kind', label: t('memberships.filterKind'), width: 160, options: MEMBERSHIP_KINDS },
      ]}
      exchange={{ entity: 'memberships', filters: route.filters, canImport: canWrite }}
      list={list}
      rowKey="personId"
      columns={columns}
    >
      <RowEditModal<MembershipForm, MembershipItem>
        editor={editor}
        naming={(m) => [m.personName ?? '']}
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
        onSaved={list.reload}
      >
        {!member && <PersonField name="personId" label={t('memberships.name')} />}
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
          <DateField />
        </Form.Item>
      </RowEditModal>
    </ListPage>
  );
}
