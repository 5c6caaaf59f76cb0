import { Card, Col, Empty, Flex, List, Row, Skeleton, Tag, Typography } from 'antd';
import { HOUSEHOLD_RELATIONS } from '../../../domain/directory/personAttributes.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { HouseholdDetail, HouseholdItem } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { HouseholdTags } from '../households/HouseholdDrawer.tsx';
import { MembersCard, WhoAnswers } from '../households/ResponsibleChain.tsx';
import { MyDividends } from './MyDividends.tsx';
import { MyVillageRewards } from './MyVillageRewards.tsx';
import { MyTrusteeship } from './MyTrusteeship.tsx';

function ContactCard({ household }: { household: HouseholdItem }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      className="lingyan-contact-card"
      title={t('households.detail', { name: household.head.name })}
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">
          {household.regionName ?? household.regionCode}
          {household.gridName ? ` · ${household.gridName}` : ''}
        </Typography.Text>
        <Typography.Text>
          {t('households.membersCount', { count: household.memberCount })}
        </Typography.Text>
        {household.tags.length > 0 && <HouseholdTags tags={household.tags} />}
      </Flex>
    </Card>
  );
}

function MyHome({ household }: { household: HouseholdDetail }) {
  const { t, locale } = useI18n();
  return (
    <Flex vertical gap={16}>
      <WhoAnswers household={household} />
      <MembersCard household={household}>
        <List
          size="small"
          dataSource={household.members}
          renderItem={(member) => (
            <List.Item key={member.id}>
              <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                <Typography.Text strong>{member.name}</Typography.Text>
                <Flex gap={4}>
                  {member.relationToHead && (
                    <Tag>{labelOf(HOUSEHOLD_RELATIONS, member.relationToHead, locale)}</Tag>
                  )}
                  {member.partyMember && <Tag color="red">{t('persons.partyMember')}</Tag>}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </MembersCard>
    </Flex>
  );
}

/** 我的联户 for party members and 我家 for villagers: cards that read well on a phone. */
export default function MyHouseholdsPage() {
  const { t } = useI18n();
  const mine = useApiQuery((signal) => directoryApi.myHouseholds(signal), []);
  const data = mine.data;

  if (mine.error) return <ErrorAlert error={mine.error} onRetry={mine.reload} />;
  if (!data) return <Skeleton active />;
  if (!data.person) return <Empty description={t('me.noPerson')} />;

  const contacts = data.contactHouseholds;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('me.greeting', { name: data.person.name })}
      </Typography.Title>
      {contacts.length > 0 && (
        <Card title={`${t('me.contacts')} · ${t('me.contactsCount', { count: contacts.length })}`}>
          <Row gutter={[12, 12]}>
            {contacts.map((household) => (
              <Col key={household.id} xs={24} sm={12} lg={8}>
                <ContactCard household={household} />
              </Col>
            ))}
          </Row>
        </Card>
      )}
      <Card title={t('me.home')}>
        {data.ownHousehold ? (
          <MyHome household={data.ownHousehold} />
        ) : (
          <Empty description={t('me.homeEmpty')} />
        )}
      </Card>
      {data.ownHousehold && <MyDividends />}
      {data.ownHousehold && <MyVillageRewards />}
      {data.ownHousehold && <MyTrusteeship />}
      {contacts.length === 0 && !data.ownHousehold && <Empty description={t('me.contactsEmpty')} />}
    </Flex>
  );
}
