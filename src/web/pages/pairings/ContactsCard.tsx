import { Card, Flex, List, Typography } from 'antd';
import type { PairingDetail } from '../../api/pairingEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** The unit's 1+1+N pairs in the village: members and households, each with its last visit. */
export function ContactsCard({ contacts }: { contacts: PairingDetail['contacts'] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('pairing.contacts.title')}>
      <List
        size="small"
        dataSource={contacts}
        locale={{ emptyText: t('pairing.contacts.empty') }}
        renderItem={(c) => (
          <List.Item>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Typography.Text strong>
                {c.unitMember?.name ?? '—'} + {c.ruralMember?.name ?? '—'}
              </Typography.Text>
              {c.households.map((h) => (
                <Flex key={h.id} justify="space-between" gap={8}>
                  <span>{h.headName ?? '—'}</span>
                  <Typography.Text type="secondary">
                    {h.lastVisitOn
                      ? `${t('pairs.lastVisit')} ${h.lastVisitOn}`
                      : t('pairing.contacts.never')}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
