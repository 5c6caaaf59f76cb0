import { Button, Flex, Tag, Tooltip, message } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { describeError } from '../../api/errorMessage.ts';
import type { Account } from '../../api/types.ts';
import { actionsColumn } from '../../components/listPage/actionsColumn.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
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
  const session = useSession();
  const route = useListRoute('/accounts', ['q']);
  const list = useListQuery(route, api.accounts);
  const [creating, setCreating] = useState(false);
  const [revealFor, setRevealFor] = useState<Account>();
  // revealed numbers live only in this page's memory, never in storage
  const [revealed, setRevealed] = useState<ReadonlyMap<string, string>>(new Map());
  const canWrite = session.can('accounts.write');
  const canReveal = session.can('privacy.reveal');
  const now = Date.now();

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
              {roleLabel(t, grant.role, grant.scope)} · {grant.scopeName}
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
    ...actionsColumn<Account>(t('common.actions'), canWrite, (account) => (
      <AccountActions
        account={account}
        isSelf={account.username === session.username}
        now={now}
        onUpdate={update}
      />
    )),
  ];

  return (
    <ListPage
      title={t('accounts.title')}
      create={
        canWrite ? { label: t('accounts.create'), onClick: () => setCreating(true) } : undefined
      }
      route={route}
      search={{ placeholder: t('accounts.searchPlaceholder'), width: 420 }}
      list={list}
      rowKey="id"
      columns={columns}
    >
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
    </ListPage>
  );
}
