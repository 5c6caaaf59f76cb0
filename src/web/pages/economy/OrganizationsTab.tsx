import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionTable } from '../../components/SectionTable.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { formatDay } from '../../i18n/format.ts';
import { useSession } from '../../session.tsx';
import { yuan, yuanColumn } from './labels.ts';
import { organizationApi, type Organization } from './organizationApi.ts';
import {
  bindingKindKey,
  OrganizationForms,
  orgKindKey,
  partnerKindKey,
  type OrgForm,
} from './OrganizationForms.tsx';

// 合作社、公司与双绑 (issue 13 part 3): each organization in view with its member households and
// shares, its 双绑 bindings and their orders, and the land households transfer to it (their 租金).

type Member = Organization['members'][number];
type Binding = Organization['bindings'][number];
type Transfer = Organization['landTransfers'][number];

const WRITER_ROLES = new Set(['village_cadre', 'township_admin', 'county_admin']);

export function OrganizationsTab({ region }: { region: string | undefined }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<OrgForm | null>(null);
  const list = useApiQuery((s) => organizationApi.list(region, s), [region, version]);
  const orgs = list.data?.items ?? [];
  // where a new organization goes unless picked otherwise: the page's region, else the caller's own
  const home = region ?? session.roles.find((r) => WRITER_ROLES.has(r.role))?.scope;
  const day = (d: string | null) => (d ? formatDay(d, locale) : t('econ.org.openEnded'));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {home !== undefined && (
        <Button type="primary" onClick={() => setOpen({ form: 'organization' })}>
          {t('econ.org.new')}
        </Button>
      )}
      {!list.loading && orgs.length === 0 && <Empty description={t('econ.org.empty')} />}
      {orgs.map((org) => (
        <Card
          key={org.id}
          size="small"
          data-testid="economy-organization"
          title={
            <Space wrap>
              <span>{org.name}</span>
              <Tag color={org.kind === 'townCompany' ? 'gold' : 'blue'}>
                {t(orgKindKey(org.kind))}
              </Tag>
              {org.status === 'dissolved' && <Tag color="red">{t('econ.org.dissolved')}</Tag>}
            </Space>
          }
          extra={
            org.canWrite && (
              <Space>
                <Button size="small" onClick={() => setOpen({ form: 'edit', org })}>
                  {t('econ.org.edit')}
                </Button>
                <Button size="small" danger onClick={() => setOpen({ form: 'dissolve', org })}>
                  {t('econ.org.dissolve')}
                </Button>
              </Space>
            )
          }
        >
          {org.dissolution && (
            <Alert
              type="info"
              style={{ marginBottom: 8 }}
              data-testid="organization-dissolution"
              message={t('econ.org.dissolvedLine', {
                day: formatDay(org.dissolution.dissolvedOn, locale),
                reason: org.dissolution.reason,
              })}
            />
          )}
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label={t('econ.org.registeredOn')}>
              {formatDay(org.registeredOn, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.org.members')}>
              {org.totals.members}
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.org.transferredArea')}>
              {org.totals.transferredArea}
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.org.rent')}>
              {yuan(org.totals.rentFen)}
            </Descriptions.Item>
          </Descriptions>
          <Section
            title={t('econ.org.membersTitle')}
            add={org.canWrite ? () => setOpen({ form: 'member', org }) : undefined}
            addText={t('econ.org.addMember')}
          >
            <SectionTable<Member>
              rowKey="id"
              emptyText={t('econ.org.none')}
              dataSource={org.members}
              columns={[
                { title: t('econ.org.household'), dataIndex: 'headName' },
                {
                  title: t('econ.org.landShares'),
                  key: 'land',
                  align: 'right',
                  render: (_, m) => (m.landShares / 100).toFixed(2),
                },
                { title: t('econ.org.cashShares'), dataIndex: 'cashShares', align: 'right' },
                { title: t('econ.org.memberShares'), dataIndex: 'memberShares', align: 'right' },
              ]}
            />
          </Section>
          <Section
            title={t('econ.org.bindingsTitle')}
            add={org.canWrite ? () => setOpen({ form: 'binding', org }) : undefined}
            addText={t('econ.org.addBinding')}
          >
            <SectionTable<Binding>
              rowKey="id"
              emptyText={t('econ.org.none')}
              dataSource={org.bindings}
              expandable={{
                rowExpandable: (b) => b.orders.length > 0,
                expandedRowRender: (b) => (
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={b.orders}
                    columns={[
                      { title: t('econ.org.product'), dataIndex: 'product' },
                      {
                        title: t('econ.org.quantity'),
                        key: 'q',
                        render: (_: unknown, o: Binding['orders'][number]) =>
                          `${o.quantity} ${o.unit}`,
                      },
                      yuanColumn(
                        t('econ.org.amount'),
                        'a',
                        (o: Binding['orders'][number]) => o.amountFen,
                      ),
                      {
                        title: t('econ.org.orderedOn'),
                        key: 'd',
                        render: (_: unknown, o: Binding['orders'][number]) =>
                          formatDay(o.orderedOn, locale),
                      },
                    ]}
                  />
                ),
              }}
              columns={[
                {
                  title: t('econ.org.partner'),
                  key: 'partner',
                  render: (_, b) => (
                    <Space wrap>
                      <span>{b.partnerName}</span>
                      <Tag>{t(partnerKindKey(b.partnerKind))}</Tag>
                    </Space>
                  ),
                },
                {
                  title: t('econ.org.bindingKind'),
                  key: 'kind',
                  render: (_, b) => t(bindingKindKey(b.kind)),
                },
                {
                  title: t('econ.org.term'),
                  key: 'term',
                  render: (_, b) => (
                    <Space>
                      <span>{`${day(b.startsOn)} – ${day(b.endsOn)}`}</span>
                      {!b.inForce && <Tag>{t('econ.org.ended')}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('econ.org.orders'),
                  key: 'orders',
                  align: 'right',
                  render: (_, b) => `${b.orders.length} · ${yuan(b.ordersFen)}`,
                },
                ...(org.canWrite
                  ? [
                      {
                        key: 'add',
                        render: (_: unknown, b: Binding) =>
                          b.inForce && (
                            <Button
                              size="small"
                              onClick={() => setOpen({ form: 'order', org, bindingId: b.id })}
                            >
                              {t('econ.org.addOrder')}
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Section>
          <Section
            title={t('econ.org.transfersTitle')}
            add={org.canWrite ? () => setOpen({ form: 'transfer', org }) : undefined}
            addText={t('econ.org.addTransfer')}
          >
            <SectionTable<Transfer>
              rowKey="id"
              emptyText={t('econ.org.none')}
              dataSource={org.landTransfers}
              columns={[
                { title: t('econ.org.household'), dataIndex: 'headName' },
                { title: t('econ.org.area'), dataIndex: 'area', align: 'right' },
                {
                  title: t('econ.org.price'),
                  key: 'price',
                  align: 'right',
                  render: (_, l) =>
                    l.previousPricePerMuFen === null
                      ? yuan(l.pricePerMuFen)
                      : `${yuan(l.previousPricePerMuFen)} → ${yuan(l.pricePerMuFen)}`,
                },
                yuanColumn(t('econ.org.rentCol'), 'rent', (l) => l.rentFen),
                {
                  title: t('econ.org.term'),
                  key: 'term',
                  render: (_, l) => `${day(l.startsOn)} – ${day(l.endsOn)}`,
                },
              ]}
            />
          </Section>
        </Card>
      ))}
      <OrganizationForms
        open={open}
        region={home}
        partners={orgs}
        onClose={() => setOpen(null)}
        onSaved={() => {
          setOpen(null);
          setVersion((v) => v + 1);
        }}
      />
    </Space>
  );
}

function Section(props: {
  title: string;
  add: (() => void) | undefined;
  addText: string;
  children: ReactNode;
}) {
  return (
    <div style={{ marginTop: 12 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 4 }}>
        <Typography.Text strong>{props.title}</Typography.Text>
        {props.add && (
          <Button size="small" onClick={props.add}>
            {props.addText}
          </Button>
        )}
      </Space>
      {props.children}
    </div>
  );
}
