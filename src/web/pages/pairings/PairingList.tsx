import { Card, Empty, Flex, List, Pagination, Tag, Typography } from 'antd';
import { useState } from 'react';
import { pairingApi, type PairingRow } from '../../api/pairingEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate } from '../../router.tsx';
import { periodText } from './labels.ts';
import { formatDay } from '../../i18n/format.ts';

const PAGE_SIZE = 20;

function PairingCard({ pairing: p }: { pairing: PairingRow }) {
  const { t, locale } = useI18n();
  const items = p.planItems.planned + p.planItems.doing + p.planItems.done + p.planItems.dropped;
  return (
    <Card
      size="small"
      hoverable
      title={`${p.unit.name} ↔ ${p.village.name}`}
      onClick={() => navigate(`/pairings?id=${p.id}`)}
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">
          {t('pairing.period')} {periodText(t, locale, p.periodStart, p.periodEnd)}
          {p.leader && ` · ${t('pairing.leader')} ${p.leader.name}`}
        </Typography.Text>
        <Flex wrap gap={4}>
          <Tag color="blue">{t('pairing.items', { n: items, done: p.planItems.done })}</Tag>
          <Tag>{t('pairing.activities', { n: p.activities })}</Tag>
          {p.lastActivityOn && (
            <Tag>{t('pairing.lastActivity', { date: formatDay(p.lastActivityOn, locale) })}</Tag>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/** The pairings the user sees, as cards that open one pairing (phone first: one column). */
export function PairingList() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const list = useApiQuery(
    (signal) => pairingApi.list({ page, pageSize: PAGE_SIZE }, signal),
    [page],
  );
  const total = list.data?.total ?? 0;
  return (
    <Flex vertical gap={16} className="lingyan-cases-mobile">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('pairing.list.title')}
      </Typography.Title>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {!list.loading && total === 0 && <Empty description={t('pairing.list.empty')} />}
      <List
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        renderItem={(p) => (
          <List.Item style={{ display: 'block', borderBlockEnd: 'none', padding: '4px 0' }}>
            <PairingCard pairing={p} />
          </List.Item>
        )}
      />
      {total > PAGE_SIZE && (
        <Pagination
          simple
          current={page}
          pageSize={PAGE_SIZE}
          total={total}
          onChange={setPage}
          style={{ alignSelf: 'center' }}
        />
      )}
    </Flex>
  );
}
