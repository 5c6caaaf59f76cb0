import { Form } from 'antd';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { economyApi, type Contract } from './economyApi.ts';
import { DateField } from '../../components/DateField.tsx';
import { todayInShanghai } from '../../today.ts';
import { fenOf } from './labels.ts';
import { YuanInput } from './YuanInput.tsx';

// 登记缴费: a village cadre records money a lessee paid; the server posts it to the income ledger
// in the same transaction, so nothing else is typed.

interface Values {
  paidOn: string;
  amountYuan: number;
}

export function PaymentModal(props: {
  contract: Contract | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const c = props.contract;
  return (
    <SaveModal<Values, Contract>
      open={c !== null}
      title={t('econ.pay.title', { lessee: c?.lessee ?? '' })}
      form={form}
      initial={{ paidOn: todayInShanghai(), amountYuan: c ? c.annualFeeFen / 100 : undefined }}
      save={(v) =>
        economyApi.pay(c?.id ?? '', {
          paidOn: v.paidOn,
          amountFen: fenOf(v.amountYuan),
        })
      }
      savedText={t('econ.pay.done')}
      onClose={props.onClose}
      onSaved={props.onSaved}
    >
      <Form.Item name="paidOn" label={t('econ.pay.paidOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="amountYuan" label={t('econ.pay.amount')} rules={[{ required: true }]}>
        <YuanInput min={0.01} />
      </Form.Item>
    </SaveModal>
  );
}
