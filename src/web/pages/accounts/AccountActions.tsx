import { Button, Flex, Popconfirm } from 'antd';
import type { Account } from '../../api/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';

interface AccountActionsProps {
  account: Account;
  isSelf: boolean;
  now: number;
  onUpdate: (account: Account, patch: { disabled?: boolean; unlock?: true }) => Promise<void>;
}

export function isLocked(account: Account, now: number): boolean {
  return account.lockedUntil !== null && Date.parse(account.lockedUntil) > now;
}

export function AccountActions({ account, isSelf, now, onUpdate }: AccountActionsProps) {
  const { t } = useI18n();
  // nobody disables their own account from this list: it would end the session doing it
  if (isSelf) return null;
  const locked = isLocked(account, now);
  const name = account.displayName;
  return (
    <Flex gap={4}>
      {locked && (
        <Popconfirm
          title={t('accounts.confirmUnlock', { name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => onUpdate(account, { unlock: true })}
        >
          <Button type="link" size="small">
            {t('accounts.unlock')}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t(account.disabled ? 'accounts.confirmEnable' : 'accounts.confirmDisable', { name })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => onUpdate(account, { disabled: !account.disabled })}
      >
        <Button type="link" size="small" danger={!account.disabled}>
          {t(account.disabled ? 'accounts.enable' : 'accounts.disable')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
