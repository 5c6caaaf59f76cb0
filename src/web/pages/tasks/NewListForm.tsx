import { Form, Input, InputNumber, Select } from 'antd';
import { taskApi } from '../../api/taskEndpoints.ts';
import { unionApi } from '../../api/unionEndpoints.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { DateField } from '../../components/DateField.tsx';

interface Values {
  union: string;
  year: number;
  meetingOn: string;
  targets: string;
}

/** 订单: the targets a union's joint meeting set for a year, one per line. */
export function NewListForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const submit = useSubmit();
  const unions = useApiQuery((signal) => unionApi.list(signal), []);
  const year = new Date().getFullYear();
  const save = (v: Values) =>
    void submit.run(async () => {
      const created = await taskApi.create({
        union: v.union,
        year: v.year,
        meetingOn: v.meetingOn,
        targets: v.targets
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      });
      onCreated(created.id);
    });
  return (
    <FormModal<Values>
      open
      title={t('task.list.new')}
      form={form}
      busy={submit.busy}
      error={submit.error}
      onFinish={save}
      onCancel={onClose}
      initialValues={{ year }}
    >
      <Form.Item name="union" label={t('task.form.union')} rules={[{ required: true }]}>
        <Select
          loading={unions.loading}
          options={(unions.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t('task.form.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="meetingOn" label={t('task.form.meetingOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
      <Form.Item
        name="targets"
        label={t('task.form.targets')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}
