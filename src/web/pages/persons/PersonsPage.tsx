import { useState } from 'react';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
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
  const { open } = route.params;
  const partyMember = route.params.partyMember as PartyFilter;
  const { go } = route;
  const list = useListQuery(route, (query, signal) =>
    directoryApi.persons({ ...query, partyMember }, signal),
  );
  const reveal = usePersonReveal();
  const [creating, setCreating] = useState(false);
  const canWrite = session.can('directory.write');

  const partyOptions = [
    { value: 'true', label: t('persons.partyMember') },
    { value: 'false', label: t('persons.nonMember') },
  ];
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
      filters={[
        { name: 'tag', label: t('persons.filterTag'), width: 160, options: PERSON_TAGS },
        { name: 'partyMember', label: t('persons.filterParty'), width: 140, options: partyOptions },
        { name: 'region', placeholder: t('persons.filterRegion') },
      ]}
      exchange={{ entity: 'persons', filters: route.filters, canImport: canWrite }}
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
