import { useState } from 'react';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import { FilterSelect, RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { PersonDrawer } from './PersonDrawer.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { personColumns } from './personColumns.tsx';
import { usePersonReveal } from './usePersonReveal.tsx';

type PartyFilter = 'true' | 'false' | undefined;
const isParty = (value: string) => value === 'true' || value === 'false';

export default function PersonsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const route = useListRoute('/persons', ['q', 'tag', 'region', 'partyMember', 'open'], {
    viewKeys: ['open'],
    valid: { partyMember: isParty },
  });
  const { q, tag, region, open } = route.params;
  const partyMember = route.params.partyMember as PartyFilter;
  const { page, pageSize, go } = route;
  const list = useApiQuery(
    (signal) => directoryApi.persons({ q, tag, region, partyMember, page, pageSize }, signal),
    route.deps,
  );
  const reveal = usePersonReveal();
  const [creating, setCreating] = useState(false);
  const canWrite = session.can('directory.write');

  const columns = personColumns({
    t,
    locale,
    masked: reveal.cell,
    onOpen: (person) => go({ open: person.id }),
  });

  return (
    <ListPage
      title={t('persons.title')}
      create={
        canWrite ? { label: t('persons.create'), onClick: () => setCreating(true) } : undefined
      }
      route={route}
      search={{ placeholder: t('persons.searchPlaceholder'), width: 520 }}
      filters={
        <>
          <FilterSelect
            route={route}
            name="tag"
            label={t('persons.filterTag')}
            width={160}
            options={PERSON_TAGS}
          />
          <FilterSelect
            route={route}
            name="partyMember"
            label={t('persons.filterParty')}
            width={140}
            options={[
              { value: 'true', label: t('persons.partyMember') },
              { value: 'false', label: t('persons.nonMember') },
            ]}
          />
          <RegionFilter route={route} placeholder={t('persons.filterRegion')} />
        </>
      }
      exchange={{
        entity: 'persons',
        filters: { q, tag, region, partyMember },
        canImport: canWrite,
      }}
      list={list}
      rowKey="id"
      columns={columns}
    >
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
    </ListPage>
  );
}
