import { Checkbox, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { comingSeason } from '../../../domain/economy/trusteeship.ts';
import { seasonWindow } from '../../../domain/economy/trusteeshipServices.ts';
import { DateField } from '../../components/DateField.tsx';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { householdsOf } from '../directoryPickers.tsx';
import { cropKey, fenOf, modeKey, yuan } from './labels.ts';
import {
  trusteeshipApi,
  type Service,
  type SignUp,
  type TrusteeshipItem,
} from './trusteeshipApi.ts';
import { todayInShanghai } from '../../today.ts';
import { YuanInput } from './YuanInput.tsx';

// The cadre's 农业托管 forms: sign a household up, record a service, change an item's prices,
// void a service record. The server prices everything; the forms only show the quote.

interface SignUpValues {
  householdId: string;
  cropGroup: 'grain' | 'fruit';
  mode: 'fullChain' | 'menu';
  itemIds?: string[];
  area: number;
}

/** 为农户签约: the village's cadre signs a household (found by name or pinyin) up for the coming season. */
export function SignUpModal(props: {
  open: boolean;
  village: string;
  menu: TrusteeshipItem[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<SignUpValues>();
  const season = comingSeason(todayInShanghai());
  const crop = Form.useWatch('cropGroup', form) ?? 'grain';
  const mode = Form.useWatch('mode', form) ?? 'fullChain';
  const chosen = Form.useWatch('itemIds', form) ?? [];
  const offered = props.menu.filter((i) => i.active && i.cropGroup === crop);
  const priced = mode === 'fullChain' ? offered : offered.filter((i) => chosen.includes(i.id));
  return (
    <SaveModal<SignUpValues, SignUp>
      open={props.open}
      title={`${t('econ.trust.signUpFor')} · ${t('econ.trust.signUpTitle', { year: season.year })}`}
      form={form}
      initial={{ cropGroup: 'grain', mode: 'fullChain' }}
      save={(v) =>
        trusteeshipApi.signUp({
          householdId: v.householdId,
          year: season.year,
          cropGroup: v.cropGroup,
          mode: v.mode,
          ...(v.mode === 'menu' ? { itemIds: v.itemIds ?? [] } : {}),
          area: v.area,
          startsOn: season.startsOn,
        })
      }
      savedText={t('econ.trust.signedUp')}
      onClose={props.onClose}
      onSaved={props.onSaved}
    >
      <Form.Item name="householdId" label={t('econ.trust.household')} rules={[{ required: true }]}>
        <RemoteSelect
          search={householdsOf(props.village)}
          deps={[props.village]}
          placeholder={t('econ.trust.householdSearch')}
          aria-label={t('econ.trust.household')}
        />
      </Form.Item>
      <Form.Item name="cropGroup" label={t('econ.trust.crop')} rules={[{ required: true }]}>
        <Radio.Group
          onChange={() => form.setFieldValue('itemIds', [])}
          options={(['grain', 'fruit'] as const).map((g) => ({ value: g, label: t(cropKey(g)) }))}
        />
      </Form.Item>
      <Form.Item name="mode" label={t('econ.trust.modeCol')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['fullChain', 'menu'] as const).map((m) => ({
            value: m,
            label: t(modeKey(m)),
          }))}
        />
      </Form.Item>
      {mode === 'menu' && (
        <Form.Item name="itemIds" label={t('econ.trust.item')} rules={[{ required: true }]}>
          <Checkbox.Group options={offered.map((i) => ({ value: i.id, label: i.name }))} />
        </Form.Item>
      )}
      <Form.Item name="area" label={t('econ.trust.areaInput')} rules={[{ required: true }]}>
        <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Typography.Text type="secondary">
        {t('econ.trust.quote', {
          price: yuan(priced.reduce((n, i) => n + i.pricePerMuFen, 0)),
          saving: yuan(priced.reduce((n, i) => n + i.savingPerMuFen, 0)),
        })}
      </Typography.Text>
    </SaveModal>
  );
}

interface ServiceValues {
  itemId: string;
  servedOn: string;
  /** Not `area`: the sign-up form's field of that name is in the page too (one id per label). */
  servedArea: number;
  provider: string;
  note?: string;
}

/** 登记服务: one covered item delivered on a day over some 亩; the fee is the server's. */
export function ServiceModal(props: {
  signUp: SignUp | null;
  names: Map<string, string>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ServiceValues>();
  const s = props.signUp;
  const season = s ? seasonWindow(s) : null;
  const last = season && season.to < todayInShanghai() ? season.to : todayInShanghai();
  return (
    <SaveModal<ServiceValues, Service>
      open={s !== null}
      title={t('econ.trust.recordTitle', { head: s?.headName ?? '' })}
      form={form}
      initial={{
        itemId: s?.itemIds[0],
        servedOn: last,
        servedArea: s?.area,
        provider: t('econ.trust.providerDefault'),
      }}
      save={(v) =>
        trusteeshipApi.recordService(s?.id ?? '', {
          itemId: v.itemId,
          servedOn: v.servedOn,
          area: v.servedArea,
          provider: v.provider,
          ...(v.note ? { note: v.note } : {}),
        })
      }
      savedText={t('econ.trust.recorded')}
      onClose={props.onClose}
      onSaved={props.onSaved}
    >
      <Form.Item name="itemId" label={t('econ.trust.item')} rules={[{ required: true }]}>
        <Select
          options={(s?.itemIds ?? []).map((id) => ({
            value: id,
            label: `${props.names.get(id) ?? '?'}（${yuan(s?.itemPrices[id] ?? 0)} 元/亩）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="servedOn" label={t('econ.trust.servedOn')} rules={[{ required: true }]}>
        <DateField min={season?.from} max={last} />
      </Form.Item>
      <Form.Item name="servedArea" label={t('econ.trust.servedArea')} rules={[{ required: true }]}>
        <InputNumber min={0.01} max={s?.area} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="provider" label={t('econ.trust.provider')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="note" label={t('econ.trust.note')}>
        <Input maxLength={200} />
      </Form.Item>
      <Typography.Text type="secondary">{t('econ.trust.feeAuto')}</Typography.Text>
    </SaveModal>
  );
}

interface PriceValues {
  priceYuan: number;
  marketYuan: number;
}

/** 调价: an item's price and market price, for sign-ups from now on. */
export function PriceModal(props: {
  item: TrusteeshipItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<PriceValues>();
  const i = props.item;
  return (
    <SaveModal<PriceValues, TrusteeshipItem>
      open={i !== null}
      title={t('econ.trust.editTitle', { name: i?.name ?? '' })}
      form={form}
      initial={{
        priceYuan: i ? i.pricePerMuFen / 100 : undefined,
        marketYuan: i ? i.marketPricePerMuFen / 100 : undefined,
      }}
      save={(v) =>
        trusteeshipApi.updateItem(i?.id ?? '', {
          pricePerMuFen: fenOf(v.priceYuan),
          marketPricePerMuFen: fenOf(v.marketYuan),
        })
      }
      savedText={t('econ.trust.saved')}
      onClose={props.onClose}
      onSaved={props.onSaved}
    >
      <Form.Item name="priceYuan" label={t('econ.trust.price')} rules={[{ required: true }]}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="marketYuan" label={t('econ.trust.market')} rules={[{ required: true }]}>
        <YuanInput />
      </Form.Item>
      <Typography.Text type="secondary">{t('econ.trust.editHint')}</Typography.Text>
    </SaveModal>
  );
}

/** 作废: a service record, with the reason the audit keeps; the ledger entry is reversed. */
export function VoidModal(props: {
  service: Service | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <SaveModal<{ reason: string }, Service>
      open={props.service !== null}
      title={t('econ.trust.voidTitle')}
      form={form}
      initial={{ reason: '' }}
      save={(v) => trusteeshipApi.voidService(props.service?.id ?? '', v.reason)}
      savedText={t('econ.trust.voidDone')}
      onClose={props.onClose}
      onSaved={props.onSaved}
    >
      <Form.Item name="reason" label={t('econ.trust.voidReason')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
    </SaveModal>
  );
}
