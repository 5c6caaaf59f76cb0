import { api, type RevealWhy } from '../../api/endpoints.ts';
import type { Account } from '../../api/types.ts';
import { RevealFieldModal } from '../../components/RevealFieldModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

interface RevealPhoneModalProps {
  account: Account | undefined;
  onClose: () => void;
  onRevealed: (accountId: string, value: string) => void;
}

/** Asks why the full number is needed; the server audits the reveal with that purpose. */
export function RevealPhoneModal({ account, onClose, onRevealed }: RevealPhoneModalProps) {
  const { t } = useI18n();
  const request = account && {
    title: `${t('accounts.revealTitle')} · ${account.displayName}`,
    reveal: async (why: RevealWhy) => (await api.revealPhone(account.id, why)).value,
    onRevealed: (value: string) => onRevealed(account.id, value),
  };
  return <RevealFieldModal request={request} onClose={onClose} />;
}
