import { Form, Input, InputNumber, Select } from 'antd';
import {
  BINDING_KINDS,
  ORGANIZATION_KINDS,
  PARTNER_KINDS,
} from '../../../domain/economy/organizations.ts';
import { DateField } from '../../components/DateField.tsx';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { householdsOf } from '../directoryPickers.tsx';
import type {
  NewBinding,
  NewOrganization,
} from '../../../server/modules/economy/organizationSchema.ts';
import { organizationApi, type Organization } from './organizationApi.ts';
import {
  DissolveOrganizationModal,
  EditOrganizationModal,
  NameAndRegistration,
} from './OrganizationEditForms.tsx';
import { todayInShanghai } from '../../today.ts';
import { fenOf } from './labels.ts';
import { YuanInput } from './YuanInput.tsx';

// The forms of the 合作社、公司与双绑 tab: register an organization, admit a member household,
// bind it to a partner (双绑), record an order on a binding, record a land transfer. Amounts are
// typed in 元 and 亩 and sent as whole 分 and 亩 with two decimals; the server checks the rest.

export const orgKindKey = (k: string) => `econ.org.kind.${k}` as MessageKey;
export const bindingKindKey = (k: string) => `econ.org.bindingKind.${k}` as MessageKey;
export const partnerKindKey = (k: string) => `econ.org.partnerKind.${k}` as MessageKey;

/** Which form is open, on which organization (or binding). */
export type OrgForm =
  | { form: 'organization' }
  | { form: 'member' | 'binding' | 'transfer' | 'edit' | 'dissolve'; org: Organization }
  | { form: 'order'; org: Organization; bindingId: string };

interface Props {
  open: OrgForm | null;
  region: string | undefined;
  partners: Organization[];
  onClose: () => void;
  onSaved: () => void;
}

/** The open form of the tab, if any. */
export function OrganizationForms(props: Props) {
  const o = props.open;
  if (!o) return null;
  if (o.form === 'organization') return <NewOrganizationModal {...props} />;
  if (o.form === 'edit') return <EditOrganizationModal {...props} org={o.org} />;
  if (o.form === 'dissolve') return <DissolveOrganizationModal {...props} org={o.org} />;
  if (o.form === 'member') return <MemberModal {...props} org={o.org} />;
  if (o.form === 'binding') return <BindingModal {...props} org={o.org} />;
  if (o.form === 'order') return <OrderModal {...props} bindingId={o.bindingId} />;
  return <TransferModal {...props} org={o.org} />;
}

function NewOrganizationModal({ region, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewOrganization>();
  return (
    <SaveModal<NewOrganization, Organization>
      open
      title={t('econ.org.new')}
      form={form}
      initial={{ region, kind: 'branchCooperative', registeredOn: todayInShanghai() }}
      save={(v) => organizationApi.create(v)}
      savedText={t('econ.org.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="kind" label={t('econ.org.kind')} rules={[{ required: true }]}>
        <Select options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(orgKindKey(k)) }))} />
      </Form.Item>
      <Form.Item name="region" label={t('econ.org.region')} rules={[{ required: true }]}>
        <RegionPicker placeholder={t('econ.org.regionHint')} />
      </Form.Item>
      <NameAndRegistration />
    </SaveModal>
  );
}

interface MemberValues {
  householdId: string;
  land: number;
  cashShares: number;
  memberShares: number;
  joinedOn: string;
}

/** The household a member or a land transfer names: one of the organization's region, by pinyin. */
function HouseholdField({ regionCode }: { regionCode: string }) {
  const { t } = useI18n();
  return (
    <Form.Item name="householdId" label={t('econ.org.household')} rules={[{ required: true }]}>
      <RemoteSelect
        search={householdsOf(regionCode)}
        deps={[regionCode]}
        placeholder={t('econ.trust.householdSearch')}
        aria-label={t('econ.org.household')}
      />
    </Form.Item>
  );
}

function MemberModal({ org, onClose, onSaved }: Props & { org: Organization }) {
  const { t } = useI18n();
  const [form] = Form.useForm<MemberValues>();
  return (
    <SaveModal<MemberValues, Organization>
      open
      title={`${t('econ.org.addMember')} · ${org.name}`}
      form={form}
      initial={{ land: 0, cashShares: 0, memberShares: 1, joinedOn: todayInShanghai() }}
      save={(v) =>
        organizationApi.addMember(org.id, {
          householdId: v.householdId,
          landShares: Math.round(v.land * 100),
          cashShares: v.cashShares,
          memberShares: v.memberShares,
          joinedOn: v.joinedOn,
        })
      }
      savedText={t('econ.org.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <HouseholdField regionCode={org.regionCode} />
      <Form.Item name="land" label={t('econ.org.landShares')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="cashShares" label={t('econ.org.cashShares')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="memberShares"
        label={t('econ.org.memberShares')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('econ.org.joinedOn')} rules={[{ required: true }]}>
        <DateField max={todayInShanghai()} />
      </Form.Item>
    </SaveModal>
  );
}

function BindingModal({ org, partners, onClose, onSaved }: Props & { org: Organization }) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewBinding>();
  return (
    <SaveModal<NewBinding, Organization>
      open
      title={`${t('econ.org.addBinding')} · ${org.name}`}
      form={form}
      initial={{ partnerKind: 'enterprise', kind: 'orderFarming', startsOn: todayInShanghai() }}
      save={(v) =>
        organizationApi.addBinding(org.id, {
          ...(v.partnerOrgId ? { partnerOrgId: v.partnerOrgId } : {}),
          ...(v.partnerName ? { partnerName: v.partnerName } : {}),
          partnerKind: v.partnerKind,
          kind: v.kind,
          startsOn: v.startsOn,
          ...(v.endsOn ? { endsOn: v.endsOn } : {}),
        })
      }
      savedText={t('econ.org.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="partnerOrgId" label={t('econ.org.partnerOrg')}>
        <Select
          allowClear
          options={partners
            .filter((p) => p.id !== org.id && p.status === 'active')
            .map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="partnerName" label={t('econ.org.partnerName')}>
        <Input maxLength={80} placeholder={t('econ.org.partnerNameHint')} />
      </Form.Item>
      <Form.Item name="partnerKind" label={t('econ.org.partnerKind')} rules={[{ required: true }]}>
        <Select options={PARTNER_KINDS.map((k) => ({ value: k, label: t(partnerKindKey(k)) }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('econ.org.bindingKind')} rules={[{ required: true }]}>
        <Select options={BINDING_KINDS.map((k) => ({ value: k, label: t(bindingKindKey(k)) }))} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('econ.org.startsOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="endsOn" label={t('econ.org.endsOn')}>
        <DateField />
      </Form.Item>
    </SaveModal>
  );
}

interface OrderValues {
  product: string;
  quantity: number;
  unit: string;
  amount: number;
  orderedOn: string;
}

function OrderModal({ bindingId, onClose, onSaved }: Props & { bindingId: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<OrderValues>();
  return (
    <SaveModal<OrderValues, Organization>
      open
      title={t('econ.org.addOrder')}
      form={form}
      initial={{ unit: '吨', orderedOn: todayInShanghai() }}
      save={(v) =>
        organizationApi.addOrder(bindingId, {
          product: v.product,
          quantity: v.quantity,
          unit: v.unit,
          amountFen: fenOf(v.amount),
          orderedOn: v.orderedOn,
        })
      }
      savedText={t('econ.org.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="product" label={t('econ.org.product')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="quantity" label={t('econ.org.quantity')} rules={[{ required: true }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="unit" label={t('econ.org.unit')} rules={[{ required: true }]}>
        <Input maxLength={10} />
      </Form.Item>
      <Form.Item name="amount" label={t('econ.org.amount')} rules={[{ required: true }]}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="orderedOn" label={t('econ.org.orderedOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
    </SaveModal>
  );
}

interface TransferValues {
  householdId: string;
  area: number;
  price: number;
  previousPrice?: number;
  startsOn: string;
  endsOn: string;
}

function TransferModal({ org, onClose, onSaved }: Props & { org: Organization }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TransferValues>();
  return (
    <SaveModal<TransferValues, Organization>
      open
      title={`${t('econ.org.addTransfer')} · ${org.name}`}
      form={form}
      initial={{ startsOn: todayInShanghai() }}
      save={(v) =>
        organizationApi.addLandTransfer(org.id, {
          householdId: v.householdId,
          area: v.area,
          pricePerMuFen: fenOf(v.price),
          ...(v.previousPrice !== undefined && v.previousPrice !== null
            ? { previousPricePerMuFen: fenOf(v.previousPrice) }
            : {}),
          startsOn: v.startsOn,
          endsOn: v.endsOn,
        })
      }
      savedText={t('econ.org.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <HouseholdField regionCode={org.regionCode} />
      <Form.Item name="area" label={t('econ.org.area')} rules={[{ required: true }]}>
        <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="price" label={t('econ.org.price')} rules={[{ required: true }]}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="previousPrice" label={t('econ.org.previousPrice')}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="startsOn" label={t('econ.org.startsOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="endsOn" label={t('econ.org.endsOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
    </SaveModal>
  );
}
