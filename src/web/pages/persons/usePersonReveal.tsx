import { useState } from 'react';
import type { ReactNode } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { PersonItem } from '../../api/directoryTypes.ts';
import { MaskedValue } from '../../components/MaskedValue.tsx';
import { RevealFieldModal } from '../../components/RevealFieldModal.tsx';
import type { RevealRequest } from '../../components/RevealFieldModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';

type Field = 'idNumber' | 'phone';
/** The masked fields of a person as the person routes answer them. */
type Masked = Pick<PersonItem, 'id' | 'name' | 'idNumber' | 'phone'>;

/**
 * Masked ID numbers and phones of people with the audited reveal: `cell(person, field)` renders a
 * value, `modal` must be placed once in the page. Revealed values live only in this component's memory.
 */
export function usePersonReveal(): {
  cell: (person: Masked, field: Field) => ReactNode;
  modal: ReactNode;
} {
  const { t } = useI18n();
  const session = useSession();
  const [revealed, setRevealed] = useState<ReadonlyMap<string, string>>(new Map());
  const [request, setRequest] = useState<RevealRequest>();
  const canReveal = session.can('privacy.reveal');

  const ask = (person: Masked, field: Field) => {
    const key = `${person.id}:${field}`;
    setRequest({
      title: `${t(field === 'idNumber' ? 'reveal.titleIdNumber' : 'reveal.titlePhone')} · ${person.name}`,
      reveal: async (why) => (await directoryApi.revealPerson(person.id, field, why)).value,
      onRevealed: (value) => setRevealed((current) => new Map(current).set(key, value)),
    });
  };

  const cell = (person: Masked, field: Field) => (
    <MaskedValue
      masked={field === 'idNumber' ? person.idNumber : person.phone}
      revealed={revealed.get(`${person.id}:${field}`)}
      canReveal={canReveal}
      onReveal={() => ask(person, field)}
    />
  );
  return {
    cell,
    modal: <RevealFieldModal request={request} onClose={() => setRequest(undefined)} />,
  };
}
