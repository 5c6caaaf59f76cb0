import { Alert, Card, Empty, Flex, Steps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { HouseholdDetail } from '../../api/directoryTypes.ts';
import { chainLevelLabel, chainTargetLabel } from '../../i18n/directoryLabels.ts';
import { useI18n } from '../../i18n/useI18n.ts';

// 五级联包 above a household: the contact member (L4) up to the party committee member (L1).
const LEVELS = [4, 3, 2, 1] as const;

/** 谁为我们负责 as a vertical chain L4 → L1; a missing level is shown as such, never skipped. */
export function ResponsibleChain({ chain }: { chain: HouseholdDetail['responsibleChain'] }) {
  const { t } = useI18n();
  if (chain.links.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.chainEmpty')} />;
  }
  const byLevel = new Map(chain.links.map((link) => [link.level, link]));
  const items = LEVELS.map((level) => {
    const link = byLevel.get(level);
    return {
      key: String(level),
      status: link ? ('finish' as const) : ('error' as const),
      title: (
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{link?.name ?? t('chain.missing')}</Typography.Text>
          {!link && <Tag color="error">{t('chain.missing')}</Tag>}
        </Flex>
      ),
      content: (
        <Typography.Text type="secondary">
          {chainLevelLabel(t, level)}
          {link ? ` · ${chainTargetLabel(t, link.targetKind)}` : ''}
        </Typography.Text>
      ),
    };
  });
  return (
    <Flex vertical gap={12} className="lingyan-chain">
      {!chain.complete && <Alert type="warning" showIcon title={t('households.chainIncomplete')} />}
      <Steps orientation="vertical" size="small" items={items} current={LEVELS.length} />
    </Flex>
  );
}

export function ContactPairs({ pairs }: { pairs: HouseholdDetail['contactPairs'] }) {
  const { t } = useI18n();
  if (pairs.length === 0)
    return <Typography.Text type="secondary">{t('households.contactPairsEmpty')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {pairs.map((pair) => (
        <Flex key={pair.id} gap={8} wrap align="center">
          <Tag color="blue">{t('households.pairUnit')}</Tag>
          <span>{pair.unitMemberName ?? '—'}</span>
          <Tag color="red">{t('households.pairRural')}</Tag>
          <span>{pair.ruralMemberName ?? '—'}</span>
        </Flex>
      ))}
    </Flex>
  );
}

/** Who answers for the household: its 五级联包 chain and its 1+1+N contact pairs, a card each. */
export function WhoAnswers({ household }: { household: HouseholdDetail }) {
  const { t } = useI18n();
  return (
    <>
      <Card size="small" title={t('households.chain')}>
        <ResponsibleChain chain={household.responsibleChain} />
      </Card>
      <Card size="small" title={t('households.contactPairs')}>
        <ContactPairs pairs={household.contactPairs} />
      </Card>
    </>
  );
}

/** The household's members (`children` lists them) in a card whose title counts them. */
export function MembersCard({
  household,
  children,
}: {
  household: HouseholdDetail;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={`${t('households.members')} · ${t('households.membersCount', { count: household.members.length })}`}
    >
      {children}
    </Card>
  );
}
