import { Button, Flex } from 'antd';
import { useI18n } from '../i18n/useI18n.ts';

interface MaskedValueProps {
  masked: string | null;
  /** The full value once revealed; kept only in the page's memory. */
  revealed: string | undefined;
  canReveal: boolean;
  onReveal: () => void;
}

/** A masked ID number or phone with the 查看 action for users allowed to reveal it. */
export function MaskedValue({ masked, revealed, canReveal, onReveal }: MaskedValueProps) {
  const { t } = useI18n();
  if (revealed) return <span>{revealed}</span>;
  if (!masked) return <span>—</span>;
  return (
    <Flex gap={4} align="center" wrap={false}>
      <span style={{ whiteSpace: 'nowrap' }}>{masked}</span>
      {canReveal && (
        <Button type="link" size="small" onClick={onReveal}>
          {t('accounts.reveal')}
        </Button>
      )}
    </Flex>
  );
}
