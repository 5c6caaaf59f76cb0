import { Button, Checkbox, Form, Input, Select, message, type UploadFile } from 'antd';
import { ACTIVITY_TYPES } from '../../../domain/obligations/activityTypes.ts';
import type { MySubject } from '../../api/obligationEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { enqueue } from '../../offline/outbox.ts';
import { EvidencePicker, uploadEvidence } from './EvidencePicker.tsx';
import { typeLabel } from './labels.ts';
import { DateField } from '../../components/DateField.tsx';
import { todayInShanghai } from '../../today.ts';

interface Values {
  activityType: string;
  occurredOn: string;
  title: string;
  place?: string;
  outcome?: string;
  householdIds?: string[];
  planItemId?: string;
  withMe: boolean;
  evidence?: UploadFile[];
}

const QUEUED_TOAST = 'lingyan-activity-queued';

/**
 * 记录活动 on the phone: one record of something done, sent through the offline outbox (with its
 * own Idempotency-Key), so a visit written where there is no signal is saved when it returns.
 * No check-in, no location, no time on the page: only what was done.
 */
export function RecordActivityForm({
  subject,
  personId,
  planItems = [],
  onSaved,
  onEvidence,
}: {
  subject: Pick<MySubject, 'kind' | 'id' | 'households'>;
  personId: string | null;
  /** A pairing's open work-plan items the activity may say it serves. */
  planItems?: readonly { id: string; title: string }[];
  onSaved: () => void;
  /** Called once the picked photos have been uploaded (the list shows them then). */
  onEvidence?: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('activityType', form);
  const visits = ACTIVITY_TYPES.find((a) => a.code === type)?.visitsHouseholds ?? false;
  const submit = (v: Values) => {
    const files = v.evidence ?? [];
    enqueue(
      {
        path: '/api/v1/activities',
        body: {
          subjectKind: subject.kind,
          subjectId: subject.id,
          activityType: v.activityType,
          occurredOn: v.occurredOn,
          title: v.title,
          ...(v.place ? { place: v.place } : {}),
          ...(v.outcome ? { outcome: v.outcome } : {}),
          participantIds: v.withMe && personId ? [personId] : [],
          householdIds: visits ? (v.householdIds ?? []) : [],
          ...(v.planItemId ? { planItemId: v.planItemId } : {}),
        },
        label: `${typeLabel(t, v.activityType)} · ${v.title}`,
      },
      // Photos follow once the activity exists (its id is in the answer).
      files.length === 0
        ? undefined
        : (answer) => void uploadEvidence(t, (answer as { id: string }).id, files).then(onEvidence),
    );
    if (files.length > 0 && !navigator.onLine) void message.info(t('obl.record.photosWaiting'));
    form.resetFields(['title', 'place', 'outcome', 'householdIds', 'planItemId', 'evidence']);
    void message.info(
      navigator.onLine
        ? t('obl.record.sent')
        : { key: QUEUED_TOAST, content: t('obl.record.queued') },
    );
    onSaved();
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        activityType: 'visit',
        occurredOn: todayInShanghai(),
        withMe: personId !== null,
      }}
    >
      <Form.Item name="activityType" label={t('obl.record.type')} rules={[{ required: true }]}>
        <Select
          options={ACTIVITY_TYPES.map((a) => ({ value: a.code, label: typeLabel(t, a.code) }))}
        />
      </Form.Item>
      <Form.Item
        name="occurredOn"
        label={t('obl.record.date')}
        rules={[
          { required: true },
          {
            validator: (_, value: string) =>
              value && value > todayInShanghai()
                ? Promise.reject(new Error(t('obl.record.future')))
                : Promise.resolve(),
          },
        ]}
      >
        <DateField max={todayInShanghai()} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('obl.record.titleField')}
        rules={[{ required: true, whitespace: true, max: 80 }]}
      >
        <Input />
      </Form.Item>
      {visits && subject.households.length > 0 && (
        <Form.Item name="householdIds" label={t('obl.record.households')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={subject.households.map((h) => ({ value: h.id, label: h.headName }))}
          />
        </Form.Item>
      )}
      {planItems.length > 0 && (
        <Form.Item name="planItemId" label={t('pairing.record.planItem')}>
          <Select allowClear options={planItems.map((i) => ({ value: i.id, label: i.title }))} />
        </Form.Item>
      )}
      <Form.Item name="place" label={t('obl.record.place')} rules={[{ max: 80 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="outcome" label={t('obl.record.outcome')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="evidence" valuePropName="value" extra={t('obl.record.photosHint')}>
        <EvidencePicker />
      </Form.Item>
      {personId && (
        <Form.Item name="withMe" valuePropName="checked">
          <Checkbox>{t('obl.record.withMe')}</Checkbox>
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block>
        {t('obl.record.submit')}
      </Button>
    </Form>
  );
}
