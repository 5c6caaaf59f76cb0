import { Flex, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { HOUSEHOLD_RELATIONS } from '../../../domain/directory/personAttributes.ts';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import type { PersonItem } from '../../api/directoryTypes.ts';
import { CellLink } from '../../components/listPage/CellLink.tsx';
import { genderLabel } from '../../i18n/directoryLabels.ts';
import type { Locale } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

interface ColumnOptions {
  t: Translate;
  locale: Locale;
  masked: (person: PersonItem, field: 'idNumber' | 'phone') => ReactNode;
  onOpen?: (person: PersonItem) => void;
  /** Households list their members without the village column. */
  showRegion?: boolean;
}

export function PersonTags({
  person,
  t,
  locale,
}: {
  person: PersonItem;
  t: Translate;
  locale: Locale;
}) {
  return (
    <Flex gap={4} wrap>
      {person.partyMember && <Tag color="red">{t('persons.partyMember')}</Tag>}
      {person.minor && <Tag color="orange">{t('persons.minor')}</Tag>}
      {person.tags.map((tag) => (
        <Tag key={tag}>{labelOf(PERSON_TAGS, tag, locale)}</Tag>
      ))}
    </Flex>
  );
}

/** The columns of a table of people, shared by the persons list and a household's members. */
export function personColumns({
  t,
  locale,
  masked,
  onOpen,
  showRegion = true,
}: ColumnOptions): TableColumnsType<PersonItem> {
  const columns: TableColumnsType<PersonItem> = [
    {
      title: t('persons.name'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, person) =>
        onOpen ? <CellLink onClick={() => onOpen(person)}>{name}</CellLink> : name,
    },
    {
      title: t('persons.gender'),
      dataIndex: 'gender',
      render: (gender: string) => genderLabel(t, gender),
    },
    { title: t('persons.age'), dataIndex: 'age', align: 'right' },
  ];
  if (showRegion)
    columns.push({
      title: t('persons.region'),
      dataIndex: 'regionName',
      render: (name: string | null, p) => name ?? p.regionCode,
    });
  columns.push(
    {
      title: t('persons.relation'),
      dataIndex: 'relationToHead',
      render: (relation: string | null) =>
        relation ? labelOf(HOUSEHOLD_RELATIONS, relation, locale) : '—',
    },
    {
      title: t('persons.idNumber'),
      key: 'idNumber',
      render: (_: unknown, person) => masked(person, 'idNumber'),
    },
    {
      title: t('persons.phone'),
      key: 'phone',
      render: (_: unknown, person) => masked(person, 'phone'),
    },
    {
      title: t('persons.tags'),
      key: 'tags',
      render: (_: unknown, person) => <PersonTags person={person} t={t} locale={locale} />,
    },
  );
  return columns;
}
