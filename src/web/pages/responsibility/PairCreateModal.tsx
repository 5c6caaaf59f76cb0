import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import { pairsApi, type NewPair } from '../../api/directoryPagesEndpoints.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { RemoteSelect, type RemoteOption } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { searchUnits } from '../directoryPickers.tsx';

/** Persons narrowed by `filter` (a unit's staff, a village's party members), by name or pinyin. */
const personsWhere =
  (filter: { unit?: string; region?: string; partyMember?: 'true' }) =>
  async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
    (
      await directoryApi.persons(
        { ...filter, ...(q.trim() ? { q: q.trim() } : {}), page: 1, pageSize: 20 },
        signal,
      )
    ).items.map((p) => ({ value: p.id, label: `${p.name} · ${p.regionName ?? ''}` }));

type PairForm = Partial<NewPair>;
const required = [{ required: true }];

/** The N households of one village, found by their head's name or pinyin. */
function VillageHouseholds({
  village,
  value,
  onChange,
  id,
}: {
  village: string | undefined;
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<RemoteOption[]>([]);
  useEffect(() => {
    if (!village) return setOptions([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      directoryApi
        .households(
          { ...(text.trim() ? { q: text.trim() } : {}), region: village, page: 1, pageSize: 20 },
          controller.signal,
        )
        .then(
          (page) =>
            setOptions((known) => {
              const chosen = known.filter((o) => value?.includes(o.value));
              const found = page.items.map((h) => ({ value: h.id, label: h.head.name }));
              return [...chosen, ...found.filter((f) => !chosen.some((c) => c.value === f.value))];
            }),
          () => undefined,
        );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [village, text, value]);
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setText}
      value={value}
      onChange={onChange}
      options={options}
      disabled={!village}
    />
  );
}

/** 1+1+N entered by hand: the unit, its member, the village's party member and the N households. */
export function PairCreateModal({
  open,
  region,
  onClose,
  onSaved,
}: {
  open: boolean;
  region: string | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<PairForm>();
  const village = Form.useWatch('regionCode', form);
  const unit = Form.useWatch('unitId', form);
  return (
    <SaveModal<PairForm>
      open={open}
      title={t('pairs.create')}
      form={form}
      initial={{ regionCode: region }}
      savedText={t('dp.created')}
      save={(v) =>
        pairsApi.createPair({
          regionCode: v.regionCode ?? '',
          unitId: v.unitId ?? '',
          unitMemberId: v.unitMemberId ?? '',
          ruralMemberId: v.ruralMemberId ?? '',
          householdIds: v.householdIds ?? [],
        })
      }
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="regionCode" label={t('pairs.village')} rules={required}>
        <RegionPicker />
      </Form.Item>
      <Form.Item name="unitId" label={t('pairs.unit')} rules={required}>
        <RemoteSelect search={searchUnits} />
      </Form.Item>
      <Form.Item
        name="unitMemberId"
        label={t('pairs.unitMember')}
        extra={t('pairs.unitMemberHint')}
        rules={required}
      >
        <RemoteSelect
          search={personsWhere(unit ? { unit } : {})}
          deps={[unit]}
          placeholder={t('dp.personSearch')}
        />
      </Form.Item>
      <Form.Item
        name="ruralMemberId"
        label={t('pairs.ruralMember')}
        extra={t('pairs.ruralMemberHint')}
        rules={required}
      >
        <RemoteSelect
          search={personsWhere(village ? { region: village, partyMember: 'true' } : {})}
          deps={[village]}
          placeholder={t('dp.personSearch')}
        />
      </Form.Item>
      <Form.Item name="householdIds" label={t('pairs.households')} rules={required}>
        <VillageHouseholds village={village} />
      </Form.Item>
    </SaveModal>
  );
}
