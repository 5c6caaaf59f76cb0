import { Flex, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/endpoints.ts';
import type { AuditEvent } from '../../api/types.ts';
import {
  DaysFilter,
  FilterText,
  isDay,
  RegionFilter,
} from '../../components/listPage/ListFilters.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { auditActionLabel, roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { auditActionName } from './actionNames.ts';

export default function AuditPage() {
  const { t, locale } = useI18n();
  const route = useListRoute('/audit', ['actor', 'action', 'region', 'from', 'to'], {
    valid: { from: isDay, to: isDay },
  });
  const events = useListQuery(route, api.auditEvents);

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    {
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      render: (iso: string) => formatDateTime(iso, locale),
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      render: (name: string | null) => name ?? '—',
    },
    {
      title: t('audit.role'),
      dataIndex: 'role',
      render: (role: string | null) => (role ? roleLabel(t, role) : '—'),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      // the label, never the raw key; the key stays reachable as a tooltip for support
      render: (key: string) => (
        <span title={key}>{auditActionName(key, locale) ?? auditActionLabel(t, key)}</span>
      ),
    },
    regionColumn(t('audit.region')),
    {
      title: t('audit.object'),
      key: 'object',
      // ids are UUIDv7, whose first digits are a timestamp: show the distinctive end, copy the whole
      render: (_: unknown, event) =>
        event.objectType ? (
          <span>
            {event.objectType}
            {event.objectId && (
              <Typography.Text
                type="secondary"
                copyable={{ text: event.objectId }}
                title={event.objectId}
              >
                {' · '}
                {event.objectId.length > 12 ? `…${event.objectId.slice(-8)}` : event.objectId}
              </Typography.Text>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      render: (id: string | null) =>
        id ? (
          <Typography.Text type="secondary" copyable={{ text: id }} title={id}>
            {id.length > 12 ? `…${id.slice(-8)}` : id}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <ListPage
      title={t('audit.title')}
      route={route}
      controls={
        <Flex gap={8} wrap>
          <FilterText route={route} name="actor" placeholder={t('audit.filterActor')} width={200} />
          <FilterText
            route={route}
            name="action"
            placeholder={t('audit.filterAction')}
            width={200}
          />
          <RegionFilter route={route} />
          <DaysFilter route={route} label={t('audit.filterDays')} />
        </Flex>
      }
      list={events}
      rowKey="seq"
      columns={columns}
    />
  );
}
