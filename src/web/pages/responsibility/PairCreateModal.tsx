import { Form } from 'antd';
import { pairsApi, type NewPair } from '../../api/directoryPagesEndpoints.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { RemoteMultiSelect, RemoteSelect } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { householdsOf, personsWhere, searchUnits } from '../directoryPickers.tsx';

type PairForm = Partial<NewPair>;
const required = [{ required: true }];

/**
 * One of the pair's two persons, searched by pinyin among those `among` allows; the list follows
 * the field it depends on (`chosen`: the unit, or the village).
 */
function PairPersonField(props: {
  name: 'unitMemberId' | 'ruralMemberId';
  label: string;
  hint: string;
  among: Parameters<typeof personsWhere>[0];
  chosen: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Form.Item name={props.name} label={props.label} extra={props.hint} rules={required}>
      <RemoteSelect
        search={personsWhere(props.among)}
        deps={[props.chosen]}
        placeholder={t('dp.personSearch')}
      />
    </Form.Item>
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
      <PairPersonField
        name="unitMemberId"
        label={t('pairs.unitMember')}
        hint={t('pairs.unitMemberHint')}
        among={unit ? { unit } : {}}
        chosen={unit}
      />
      <PairPersonField
        name="ruralMemberId"
        label={t('pairs.ruralMember')}
        hint={t('pairs.ruralMemberHint')}
        among={village ? { region: village, partyMember: 'true' } : {}}
        chosen={village}
      />
      <Form.Item name="householdIds" label={t('pairs.households')} rules={required}>
        <RemoteMultiSelect
          search={village ? householdsOf(village) : async () => []}
          deps={[village]}
          disabled={!village}
        />
      </Form.Item>
    </SaveModal>
  );
}
