import { App, Button, Card, Flex, Input, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { describeError } from '../../api/errorMessage.ts';
import type { Account } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { AccountActions, isLocked } from './AccountActions.tsx';
import { CreateAccountModal } from './CreateAccountModal.tsx';
import { RevealPhoneModal } from './RevealPhoneModal.tsx';

function StatusTag({ account, now }: { account: Account; now: number }) {
  const { t, locale } = useI18n();
  if (account.disabled) return <Tag color="default">{t('accounts.statusDisabled')}</Tag>;
  if (account.lockedUntil && isLocked(account, now)) {
    return (
      <Tooltip title={formatDateTime(account.lockedUntil, locale)}>
        <Tag color="orange">{t('accounts.statusLocked')}</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">{t('accounts.statusActive')}</Tag>;
}

export default function AccountsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const { search } = useLocation();
  const q = search.get('q') ?? '';
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => api.accounts({ q, page, pageSize }, signal),
    [q, page, pageSize],
  );
  const [creating, setCreating] = useState(false);
  const [revealFor, setRevealFor] = useState<Account>();
  // revealed numbers live only in this page's memory, never in storage
  const [revealed, setRevealed] = useState<ReadonlyMap<string, string>>(new Map());
  const canWrite = session.can('accounts.write');
  const canReveal = session.can('privacy.reveal');
  const now = Date.now();

  const go = (query: { q?: string; page?: number; pageSize?: number }) =>
    navigate(withQuery('/accounts', { q, pageSize, ...query }));

  const update = async (account: Account, patch: { disabled?: boolean; unlock?: true }) => {
    try {
      await api.updateAccount(account.id, patch);
      void message.success(t('accounts.saved'));
      list.reload();
    } catch (error) {
      void message.error(describeError(error, t, locale));
    }
  };

  const columns: TableColumnsType<Account> = [
    { title: t('accounts.username'), dataIndex: 'username' },
    { title: t('accounts.displayName'), dataIndex: 'displayName' },
    {
      title: t('accounts.phone'),
      key: 'phone',
      render: (_: unknown, account) => {
        const full = revealed.get(account.id);
        if (full) return full;
        if (!account.phone) return '—';
        return (
          <Flex gap={4} align="center">
            <span>{account.phone}</span>
            {canReveal && (
              <Button type="link" size="small" onClick={() => setRevealFor(account)}>
                {t('accounts.reveal')}
              </Button>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('accounts.roles'),
      key: 'roles',
      render: (_: unknown, account) => (
        <Flex gap={4} wrap>
          {account.roles.map((grant) => (
            <Tag key={`${grant.role}:${grant.scope}`} title={grant.scope}>
              {roleLabel(t, grant.role)} · {grant.scopeName}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('accounts.status'),
      key: 'status',
      render: (_: unknown, account) => <StatusTag account={account} now={now} />,
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, account) => (
        <AccountActions
          account={account}
          isSelf={account.username === session.username}
          now={now}
          onUpdate={update}
        />
      ),
    });
  }

  return (
    <Card
      title={t('accounts.title')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          placeholder={t('accounts.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ maxWidth: 420 }}
          onSearch={(value) => go({ q: value.trim(), page: 1 })}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<Account>
          rowKey="id"
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
      <CreateAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          void message.success(t('accounts.created'));
          list.reload();
        }}
      />
      <RevealPhoneModal
        account={revealFor}
        onClose={() => setRevealFor(undefined)}
        onRevealed={(id, value) => setRevealed((current) => new Map(current).set(id, value))}
      />
    </Card>
  );
}
