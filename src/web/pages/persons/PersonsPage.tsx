import { Button, Card, Flex, Input, Select, Table } from 'antd';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { PersonItem } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { PersonDrawer } from './PersonDrawer.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { personColumns } from './personColumns.tsx';
import { usePersonReveal } from './usePersonReveal.tsx';
import { useState } from 'react';

type PartyFilter = 'true' | 'false' | undefined;
const asParty = (value: string | null): PartyFilter =>
  value === 'true' || value === 'false' ? value : undefined;

export default function PersonsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const q = search.get('q') ?? '';
  const tag = search.get('tag') ?? undefined;
  const region = search.get('region') ?? undefined;
  const partyMember = asParty(search.get('partyMember'));
  const open = search.get('open') ?? undefined;
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => directoryApi.persons({ q, tag, region, partyMember, page, pageSize }, signal),
    [q, tag, region, partyMember, page, pageSize],
  );
  const reveal = usePersonReveal();
  const [creating, setCreating] = useState(false);
  const canWrite = session.can('directory.write');

  type Query = {
    q?: string;
    tag?: string;
    region?: string;
    partyMember?: string;
    page?: number;
    pageSize?: number;
    open?: string;
  };
  const go = (query: Query) =>
    navigate(
      withQuery('/persons', { q, tag, region, partyMember, pageSize, page, open, ...query }),
    );
  const filter = (query: Query) => go({ ...query, page: 1, open: undefined });

  const columns = personColumns({
    t,
    locale,
    masked: reveal.cell,
    onOpen: (person) => go({ open: person.id }),
  });

  return (
    <Card
      title={t('persons.title')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('persons.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          aria-label={t('common.search')}
          placeholder={t('persons.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ maxWidth: 520 }}
          onSearch={(value) => filter({ q: value.trim() })}
        />
        <Flex gap={8} wrap>
          <Select
            allowClear
            aria-label={t('persons.filterTag')}
            placeholder={t('persons.filterTag')}
            value={tag}
            style={{ minWidth: 160 }}
            options={PERSON_TAGS.map((entry) => ({
              value: entry.code,
              label: entry.label[locale],
            }))}
            onChange={(value: string | undefined) => filter({ tag: value })}
          />
          <Select
            allowClear
            aria-label={t('persons.filterParty')}
            placeholder={t('persons.filterParty')}
            value={partyMember}
            style={{ minWidth: 140 }}
            options={[
              { value: 'true', label: t('persons.partyMember') },
              { value: 'false', label: t('persons.nonMember') },
            ]}
            onChange={(value: string | undefined) => filter({ partyMember: value })}
          />
          <RegionPicker
            allowClear
            value={region}
            placeholder={t('persons.filterRegion')}
            style={{ minWidth: 220 }}
            onChange={(value) => filter({ region: value })}
          />
        </Flex>
        <ExchangeToolbar
          entity="persons"
          filters={{ q, tag, region, partyMember }}
          canImport={canWrite}
          onImported={list.reload}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<PersonItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          scroll={{ x: 'max-content' }}
          pagination={listPagination({
            page,
            pageSize,
            total: list.data?.total ?? 0,
            totalText: (total) => t('common.total', { total }),
            go,
          })}
        />
      </Flex>
      <PersonDrawer
        personId={open}
        masked={reveal.cell}
        canWrite={canWrite}
        onClose={() => go({ open: undefined })}
        onSaved={list.reload}
      />
      <PersonFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(person) => {
          list.reload();
          go({ open: person.id });
        }}
      />
      {reveal.modal}
    </Card>
  );
}
