import { DatePicker, Flex, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/endpoints.ts';
import type { AuditEvent } from '../../api/types.ts';
import { RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { DAY_FORMATS, formatDateTime } from '../../i18n/format.ts';
import { auditActionLabel, roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { auditActionName } from './actionNames.ts';

export default function AuditPage() {
  const { t, locale } = useI18n();
  const isDay = (raw: string) => /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).isValid();
  const route = useListRoute('/audit', ['actor', 'action', 'region', 'from', 'to'], {
    valid: { from: isDay, to: isDay },
  });
  const { actor, action, from, to } = route.params;
  const { filter } = route;
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
    {
      title: t('audit.region'),
      key: 'region',
      render: (_: unknown, event) => event.regionName ?? event.regionCode ?? '—',
    },
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
          <Input.Search
            allowClear
            defaultValue={actor}
            placeholder={t('audit.filterActor')}
            style={{ width: 200 }}
            onSearch={(value) => filter({ actor: value.trim() || undefined })}
          />
          <Input.Search
            allowClear
            defaultValue={action}
            placeholder={t('audit.filterAction')}
            style={{ width: 200 }}
            onSearch={(value) => filter({ action: value.trim() || undefined })}
          />
          <RegionFilter route={route} />
          {/* days in China Standard Time, as the times are shown; either end may stay open */}
          <DatePicker.RangePicker
            aria-label={t('audit.filterDays')}
            allowEmpty={[true, true]}
            format={[DAY_FORMATS[locale], 'YYYY-MM-DD']}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(range) =>
              filter({
                from: range?.[0]?.format('YYYY-MM-DD'),
                to: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
        </Flex>
      }
      list={events}
      rowKey="seq"
      columns={columns}
    />
  );
}
