import { Card, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { residentHomeApi, type ResidentHome as Home } from '../../api/todoApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatInstantDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
import { stateLabel } from '../cases/labels.ts';

function Stars({ stars }: { stars: Home['households'][number]['stars'] }) {
  const { t } = useI18n();
  if (!stars)
    return <Typography.Text type="secondary">{t('home.resident.noStars')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong style={{ color: '#d4380d' }}>
        {'★'.repeat(Math.min(stars.level, 10))} {t('home.resident.level', { level: stars.level })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {stars.roundName}
      </Typography.Text>
    </Flex>
  );
}

function Households({ home }: { home: Home }) {
  const { t } = useI18n();
  const member = home.households.some((h) => h.relation === 'contact');
  return (
    <Card
      size="small"
      title={t(member ? 'home.resident.myContacts' : 'home.resident.myHousehold')}
      extra={<Link to="/me/households">{t('home.resident.more')}</Link>}
      data-testid="resident-households"
    >
      <List
        size="small"
        dataSource={home.households}
        locale={{ emptyText: t('home.resident.noHousehold') }}
        renderItem={(h) => (
          <List.Item key={h.id}>
            <Flex justify="space-between" align="start" gap={8} style={{ width: '100%' }}>
              <Flex vertical gap={2}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>
                    {t('home.resident.household', { name: h.headName })}
                  </Typography.Text>
                  {h.relation === 'own' && <Tag color="red">{t('home.resident.own')}</Tag>}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {h.villageName ?? h.regionCode} ·{' '}
                  {t('home.resident.members', { count: h.members })}
                </Typography.Text>
              </Flex>
              <Stars stars={h.stars} />
            </Flex>
          </List.Item>
        )}
      />
      {home.contacts.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
          <Typography.Text type="secondary">{t('home.resident.contactMembers')}</Typography.Text>{' '}
          {home.contacts.map((c) => c.name).join('、')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function Cases({ cases }: { cases: NonNullable<Home['cases']> }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={t('home.resident.cases')}
      extra={<Link to="/cases/mine">{t('home.resident.more')}</Link>}
      data-testid="resident-cases"
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Tag color="blue">{t('home.resident.casesOpen', { count: cases.open })}</Tag>
        {cases.toConfirm > 0 && (
          <Link to="/cases/mine">
            <Tag color="orange">{t('home.resident.toConfirm', { count: cases.toConfirm })}</Tag>
          </Link>
        )}
      </Flex>
      <List
        size="small"
        dataSource={cases.items}
        locale={{ emptyText: t('home.resident.noCases') }}
        renderItem={(c) => (
          <List.Item key={c.id}>
            <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
              <Link to="/cases/mine">{c.title}</Link>
              <Tag style={{ marginInlineEnd: 0 }}>{stateLabel(t, c.state)}</Tag>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Notices({ notices }: { notices: Home['notices'] }) {
  const { t, locale } = useI18n();
  return (
    <Card size="small" title={t('home.resident.notices')} data-testid="resident-notices">
      <List
        size="small"
        dataSource={notices}
        locale={{ emptyText: t('home.resident.noNotices') }}
        renderItem={(n) => (
          <List.Item key={`${n.roundId}:${n.villageCode}`}>
            {/* the public notice page is served by the server, outside the app */}
            <a href={withQuery(`/notice/${n.roundId}`, { village: n.villageCode, lang: locale })}>
              <Flex vertical gap={2}>
                <Typography.Text strong>{n.roundName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('home.resident.noticeLine', {
                    village: n.villageName ?? n.villageCode,
                    subjects: n.subjects,
                    date: formatInstantDay(n.endsAt, locale),
                  })}
                </Typography.Text>
              </Flex>
            </a>
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * 居民首页 on a phone: the households that concern the caller (我家, a member's 联户) with their
 * stars, their requests still waiting, and the 公示 open in their villages — all from the records.
 */
export function ResidentHome() {
  const query = useApiQuery((signal) => residentHomeApi.mine(signal), []);
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  const home = query.data;
  if (!home) return <Skeleton active />;
  if (!home.person) return null;
  return (
    <Flex vertical gap={12} className="lingyan-resident-home">
      <Households home={home} />
      {home.cases && <Cases cases={home.cases} />}
      <Notices notices={home.notices} />
    </Flex>
  );
}
