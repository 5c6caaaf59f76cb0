import { Flex, Tag } from 'antd';
import { directoryPickers } from '../../api/directoryPagesEndpoints.ts';
import type { UnionDetail } from '../../api/unionEndpoints.ts';
import { RemoteSelect, type RemoteOption } from '../../components/RemoteSelect.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/**
 * Party members of the union's villages found by name or pinyin: the only people the server takes
 * as the union's 书记 or 委员 (others answer 400).
 */
const searchOfficers =
  (villages: readonly string[]) =>
  async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
    q.trim() === ''
      ? []
      : (await directoryPickers.persons(q, signal)).items
          .filter((p) => p.partyMember && villages.includes(p.regionCode))
          .map((p) => ({ value: p.id, label: `${p.name} · ${p.regionName ?? p.regionCode}` }));

/** The union's secretary as a person picker; clearing it leaves the union without one. */
export function SecretaryPicker({
  union: u,
  onSave,
}: {
  union: UnionDetail;
  onSave: (secretaryId: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <RemoteSelect
      aria-label={t('union.col.secretary')}
      placeholder={t('union.pickPerson')}
      search={searchOfficers(u.members)}
      deps={[u.members.join()]}
      value={u.secretary?.id ?? null}
      initialLabel={u.secretary?.name ?? null}
      allowClear
      style={{ minWidth: 220 }}
      onChange={(id) => onSave(id ?? null)}
    />
  );
}

/** The 委员: each removable, and a picker that adds one. */
export function CommitteeEditor({
  union: u,
  onSave,
}: {
  union: UnionDetail;
  onSave: (memberIds: string[]) => void;
}) {
  const { t } = useI18n();
  const ids = u.committee.map((m) => m.id);
  return (
    <Flex wrap gap={8} align="center">
      {u.committee.map((m) => (
        <Tag
          key={m.id}
          closable
          closeIcon
          onClose={(e) => {
            e.preventDefault();
            onSave(ids.filter((id) => id !== m.id));
          }}
        >
          {m.name}
        </Tag>
      ))}
      <RemoteSelect
        aria-label={t('union.addMember')}
        placeholder={t('union.addMember')}
        search={searchOfficers(u.members)}
        deps={[u.members.join()]}
        value={null}
        style={{ minWidth: 220 }}
        onChange={(id) => {
          if (id && !ids.includes(id)) onSave([...ids, id]);
        }}
      />
    </Flex>
  );
}
