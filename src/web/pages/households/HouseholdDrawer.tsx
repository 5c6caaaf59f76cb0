import { Card, Descriptions, Drawer, Flex, Grid, Skeleton, Table, Tag } from 'antd';
import { HOUSEHOLD_TAGS } from '../../../domain/directory/tags.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { HouseholdDetail, PersonItem } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { personColumns } from '../persons/personColumns.tsx';
import { usePersonReveal } from '../persons/usePersonReveal.tsx';
import { ContactHistory } from '../obligations/ContactHistory.tsx';
import { MembersCard, WhoAnswers } from './ResponsibleChain.tsx';

export function HouseholdTags({ tags }: { tags: readonly string[] }) {
  const { locale } = useI18n();
  if (tags.length === 0) return <span>—</span>;
  return (
    <Flex gap={4} wrap>
      {tags.map((tag) => (
        <Tag key={tag} color="gold">
          {labelOf(HOUSEHOLD_TAGS, tag, locale)}
        </Tag>
      ))}
    </Flex>
  );
}

function HouseholdBody({ household }: { household: HouseholdDetail }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const reveal = usePersonReveal();
  // members open in the persons page, where the detail and its edit form live
  const openPerson = session.can('directory.read')
    ? (person: PersonItem) => navigate(withQuery('/persons', { open: person.id }))
    : undefined;
  const columns = personColumns({
    t,
    locale,
    masked: reveal.cell,
    onOpen: openPerson,
    showRegion: false,
  });
  return (
    <Flex vertical gap={16}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('households.head')}>{household.head.name}</Descriptions.Item>
        <Descriptions.Item label={t('households.region')}>
          {household.regionName ?? household.regionCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('households.grid')}>
          {household.gridName ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('households.tags')}>
          <HouseholdTags tags={household.tags} />
        </Descriptions.Item>
      </Descriptions>
      <WhoAnswers household={household} />
      {session.can('obligations.read') && (
        <Card size="small" title={t('obl.history.title')}>
          <ContactHistory householdId={household.id} />
        </Card>
      )}
      <MembersCard household={household}>
        <Table<PersonItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={household.members}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </MembersCard>
      {reveal.modal}
    </Flex>
  );
}

/** A household's members, 谁为我们负责 and 1+1+N pairs; opened from a list by `?open=<id>`. */
export function HouseholdDrawer({
  householdId,
  onClose,
}: {
  householdId: string | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const detail = useApiQuery(
    (signal) =>
      householdId ? directoryApi.household(householdId, signal) : Promise.resolve(undefined),
    [householdId],
  );
  const household = detail.data?.id === householdId ? detail.data : undefined;
  return (
    <Drawer
      open={householdId !== undefined}
      onClose={onClose}
      size={screens.md === false ? '100%' : 720}
      title={
        household ? t('households.detail', { name: household.head.name }) : t('households.title')
      }
    >
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {detail.loading && !household ? (
        <Skeleton active />
      ) : (
        household && <HouseholdBody household={household} />
      )}
    </Drawer>
  );
}
