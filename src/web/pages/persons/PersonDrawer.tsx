import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Grid,
  List,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { MEMBERSHIP_KINDS } from '../../../domain/directory/membershipKinds.ts';
import {
  EDUCATION_LEVELS,
  HOUSEHOLD_RELATIONS,
} from '../../../domain/directory/personAttributes.ts';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { PersonDetail, PersonItem, PersonPosition } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { genderLabel } from '../../i18n/directoryLabels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { PersonTags } from './personColumns.tsx';
import { formatDay } from '../../i18n/format.ts';

interface PersonDrawerProps {
  personId: string | undefined;
  masked: (person: PersonItem, field: 'idNumber' | 'phone') => ReactNode;
  canWrite: boolean;
  onClose: () => void;
  onSaved: () => void;
}

function PositionLine({ position }: { position: PersonPosition }) {
  const { t, locale } = useI18n();
  const period = position.endDate
    ? t('persons.positionUntil', {
        start: formatDay(position.startDate, locale),
        end: formatDay(position.endDate, locale),
      })
    : t('persons.positionSince', { date: formatDay(position.startDate, locale) });
  return (
    <Flex gap={8} wrap align="center">
      <Tag color={position.endDate ? 'default' : 'red'}>
        {labelOf(POSITIONS, position.code, locale)}
      </Tag>
      <Typography.Text type="secondary">{period}</Typography.Text>
    </Flex>
  );
}

function PersonDetails({
  person,
  masked,
}: {
  person: PersonDetail;
  masked: PersonDrawerProps['masked'];
}) {
  const { t, locale } = useI18n();
  const membership = person.membership;
  return (
    <Flex vertical gap={16}>
      {person.minor && <Alert type="warning" showIcon title={t('persons.minorNotice')} />}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('persons.gender')}>
          {genderLabel(t, person.gender)}
        </Descriptions.Item>
        <Descriptions.Item label={t('persons.birthDate')}>
          {formatDay(person.birthDate, locale)} · {person.age}
        </Descriptions.Item>
        <Descriptions.Item label={t('persons.idNumber')}>
          <Flex vertical gap={4}>
            {masked(person, 'idNumber')}
            {person.idLegacy && <Tag color="orange">{t('persons.idLegacy')}</Tag>}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('persons.phone')}>{masked(person, 'phone')}</Descriptions.Item>
        <Descriptions.Item label={t('persons.region')}>
          {person.regionName ?? person.regionCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('persons.education')}>
          {person.education ? labelOf(EDUCATION_LEVELS, person.education, locale) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('persons.household')}>
          {person.householdId ? (
            <Flex gap={8} wrap>
              <span>
                {person.relationToHead
                  ? labelOf(HOUSEHOLD_RELATIONS, person.relationToHead, locale)
                  : '—'}
              </span>
              <Link to={withQuery('/households', { open: person.householdId })}>
                {t('persons.openHousehold')}
              </Link>
            </Flex>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('persons.tags')}>
          <PersonTags person={person} t={t} locale={locale} />
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={5}>{t('persons.membership')}</Typography.Title>
        {membership ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('persons.membershipOrg')}>
              {membership.orgName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('persons.membershipKind')}>
              {labelOf(MEMBERSHIP_KINDS, membership.kind, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('persons.joinDate')}>
              {formatDay(membership.joinDate, locale)}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('persons.noMembership')}</Typography.Text>
        )}
      </div>
      <div>
        <Typography.Title level={5}>{t('persons.positions')}</Typography.Title>
        {person.positions.length > 0 ? (
          <List
            size="small"
            dataSource={person.positions}
            renderItem={(p) => (
              <List.Item key={p.id}>
                <PositionLine position={p} />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('persons.noPositions')} />
        )}
      </div>
    </Flex>
  );
}

/** A person's detail with membership and positions; opened from a list by `?open=<id>`. */
export function PersonDrawer({ personId, masked, canWrite, onClose, onSaved }: PersonDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [editing, setEditing] = useState(false);
  const detail = useApiQuery(
    (signal) => (personId ? directoryApi.person(personId, signal) : Promise.resolve(undefined)),
    [personId],
  );
  const person = detail.data?.id === personId ? detail.data : undefined;

  return (
    <Drawer
      open={personId !== undefined}
      onClose={onClose}
      size={screens.md === false ? '100%' : 520}
      title={person ? `${person.name} · ${t('persons.detail')}` : t('persons.detail')}
      extra={
        canWrite &&
        person && (
          <Button onClick={() => setEditing(true)} type="primary" ghost>
            {t('common.edit')}
          </Button>
        )
      }
    >
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {detail.loading && !person ? (
        <Skeleton active />
      ) : (
        person && <PersonDetails person={person} masked={masked} />
      )}
      <PersonFormModal
        open={editing}
        person={person}
        onClose={() => setEditing(false)}
        onSaved={() => {
          detail.reload();
          onSaved();
        }}
      />
    </Drawer>
  );
}
