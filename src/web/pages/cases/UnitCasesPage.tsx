import { Button, Card, Empty, Flex, List, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { caseApi, type CaseItem } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { CaseDrawer } from './CaseDrawer.tsx';
import { STATE_COLORS, stateLabel } from './labels.ts';

type Tab = 'claimable' | 'waiting';

/**
 * 单位事项, for a unit's staff (and anyone who handles cases): the villages' 民生实事 nobody has
 * claimed yet, to claim for the unit (认领实事), and what was given to the unit — opinions with
 * their deadline — to answer. A list of cards, so it reads on the phone as on the desktop.
 */
export default function UnitCasesPage() {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<Tab>('claimable');
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useApiQuery(
    (signal) =>
      caseApi.list(
        tab === 'claimable'
          ? { view: 'claimable', kind: 'matter', pageSize: 50 }
          : { view: 'waiting', pageSize: 50 },
        signal,
      ),
    [tab],
  );
  const claim = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await caseApi.act(id, { type: 'claim' });
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title={t('nav.unitCases')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'claimable', label: t('kinds.tab.claimable') },
          { key: 'waiting', label: t('kinds.tab.waiting') },
        ]}
      />
      {error !== null && <ErrorAlert error={error} />}
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : (
        <List<CaseItem>
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('kinds.none')} /> }}
          renderItem={(c) => (
            <List.Item className="lingyan-unit-case" key={c.id}>
              <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
                <Flex vertical>
                  <Typography.Text strong>{c.title}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(c.createdAt, locale)}
                    {c.dueAt ? ` · ${t('cases.due')} ${formatDateTime(c.dueAt, locale)}` : ''}
                  </Typography.Text>
                  <span>
                    <Tag color={STATE_COLORS[c.state]}>{stateLabel(t, c.state)}</Tag>
                    {c.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
                  </span>
                </Flex>
                {tab === 'claimable' ? (
                  <Button type="primary" loading={busy === c.id} onClick={() => void claim(c.id)}>
                    {t('kinds.claim')}
                  </Button>
                ) : (
                  <Button onClick={() => setOpen(c.id)}>{t('kinds.open')}</Button>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {open && <CaseDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
    </Card>
  );
}
