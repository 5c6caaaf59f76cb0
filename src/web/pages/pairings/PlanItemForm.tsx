import { Form, Input, Modal, Select, message } from 'antd';
import {
  mayMoveStatus,
  PLAN_ITEM_STATUSES,
  PLAN_OWNER_SIDES,
  PLAN_PARTS,
  type PlanItemStatus,
} from '../../../domain/obligations/workPlan.ts';
import { pairingApi, type PairingDetail, type PlanItem } from '../../api/pairingEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { itemStatusLabel, partLabel, sideLabel } from './labels.ts';
import { DateField } from '../../components/DateField.tsx';

interface Values {
  part: string;
  title: string;
  description?: string;
  ownerSide: string;
  dueOn?: string;
  status: PlanItemStatus;
}

/**
 * Adds an item to a part of the work plan, or edits one: the due date is bounded by the pairing's
 * period on the page too (the server checks it again), the status offers only the moves allowed.
 */
export function PlanItemForm({
  pairing,
  part,
  item,
  onClose,
  onSaved,
}: {
  pairing: PairingDetail;
  part: string;
  item: PlanItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const statuses = PLAN_ITEM_STATUSES.filter((s) => !item || mayMoveStatus(item.status, s));
  const save = async (v: Values) => {
    const body = {
      part: v.part,
      title: v.title,
      description: v.description?.trim() ? v.description : null,
      ownerSide: v.ownerSide as PlanItem['ownerSide'],
      dueOn: v.dueOn ? v.dueOn : null,
      status: v.status,
    };
    try {
      if (item) await pairingApi.editItem(pairing.id, item.id, body);
      else await pairingApi.addItem(pairing.id, body);
      void message.success(t('pairing.plan.saved'));
      onSaved();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal
      open
      title={item ? t('pairing.plan.edit') : t('pairing.plan.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('obl.record.submit')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{
          part: item?.part ?? part,
          title: item?.title,
          description: item?.description ?? undefined,
          ownerSide: item?.ownerSide ?? 'unit',
          dueOn: item?.dueOn ?? undefined,
          status: item?.status ?? 'planned',
        }}
      >
        <Form.Item name="part" label={t('pairing.form.part')} rules={[{ required: true }]}>
          <Select options={PLAN_PARTS.map((p) => ({ value: p, label: partLabel(t, p) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('pairing.form.title')}
          rules={[{ required: true, whitespace: true, max: 80 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('pairing.form.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="ownerSide" label={t('pairing.form.ownerSide')}>
          <Select options={PLAN_OWNER_SIDES.map((s) => ({ value: s, label: sideLabel(t, s) }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('pairing.form.dueOn')}>
          <DateField
            min={pairing.periodStart}
            {...(pairing.periodEnd ? { max: pairing.periodEnd } : {})}
          />
        </Form.Item>
        <Form.Item name="status" label={t('pairing.form.status')}>
          <Select options={statuses.map((s) => ({ value: s, label: itemStatusLabel(t, s) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
