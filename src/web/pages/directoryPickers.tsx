import { Form } from 'antd';
import { directoryApi } from '../api/directoryEndpoints.ts';
import { directoryPickers, directoryPagesApi } from '../api/directoryPagesEndpoints.ts';
import { RemoteSelect, type RemoteOption } from '../components/RemoteSelect.tsx';
import { useI18n } from '../i18n/useI18n.ts';

// The search functions behind the RemoteSelects of the grids, positions, memberships and edges forms.

export const searchPersons = async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
  q.trim() === ''
    ? []
    : (await directoryPickers.persons(q, signal)).items.map((p) => ({
        value: p.id,
        label: `${p.name} · ${p.regionName ?? ''} · ${p.idNumber}`,
      }));

/**
 * The required field of a directory form naming the person a row is about (a party member, a
 * position's holder, who answers for a chain link), found by name, pinyin or ID number.
 */
export function PersonField({ name, label }: { name: string; label: string }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('dp.required') }]}>
      <RemoteSelect search={searchPersons} placeholder={t('dp.personSearch')} />
    </Form.Item>
  );
}

/** Organizations in `region` (all of scope without one); `only` keeps party groups or leaves them out; `parent` lists one org's children. */
export const searchOrgs =
  (region: string | undefined, only?: 'groups' | 'branches', parent?: string) =>
  async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
    (
      await directoryPickers.orgs(
        { q, ...(region ? { region } : {}), ...(parent ? { parent } : {}) },
        signal,
      )
    ).items
      .filter((o) =>
        only === 'groups'
          ? o.type === 'partyGroup'
          : only === 'branches'
            ? o.type !== 'partyGroup'
            : true,
      )
      .map((o) => ({ value: o.id, label: o.name }));

export const searchGrids =
  (region: string | undefined, kind?: string) =>
  async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
    (
      await directoryPagesApi.grids(
        { q, page: 1, pageSize: 50, ...(region ? { region } : {}), ...(kind ? { kind } : {}) },
        signal,
      )
    ).items.map((g) => ({ value: g.id, label: `${g.name} · ${g.regionName ?? g.regionCode}` }));

export const searchUnits = async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
  (await directoryPickers.units(q, signal)).items.map((u) => ({ value: u.id, label: u.name }));

export const searchHouseholds = async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
  q.trim() === ''
    ? []
    : (await directoryPickers.households(q, signal)).items.map((h) => ({
        value: h.id,
        label: `${h.head.name} · ${h.regionName ?? ''}`,
      }));

/** Persons narrowed by `filter` (a unit's staff, a village's party members), by name or pinyin. */
export const personsWhere =
  (filter: { unit?: string; region?: string; partyMember?: 'true' }) =>
  async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
    (
      await directoryApi.persons(
        { ...filter, ...(q.trim() ? { q: q.trim() } : {}), page: 1, pageSize: 20 },
        signal,
      )
    ).items.map((p) => ({ value: p.id, label: `${p.name} · ${p.regionName ?? ''}` }));

/** The households of one village, found by their head's name or pinyin. */
export const householdsOf =
  (village: string) =>
  async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
    (
      await directoryApi.households(
        { ...(q.trim() ? { q: q.trim() } : {}), region: village, page: 1, pageSize: 20 },
        signal,
      )
    ).items.map((h) => ({ value: h.id, label: h.head.name }));
