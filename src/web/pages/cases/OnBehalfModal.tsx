import { Form, Input, InputNumber, Modal, Select, Switch, message } from 'antd';
import { useState } from 'react';
import { caseApi, type CaseType, type NewCase } from '../../api/caseEndpoints.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { CaseTextFields } from './CaseTextFields.tsx';
import { caseFieldLabel, caseTypeName, catalogWord } from '../../../domain/cases/catalogNames.ts';
import { DateField } from '../../components/DateField.tsx';

const CHANNELS = ['walk_in', 'phone', 'visit', 'reception_day'] as const;

type Values = NewCase;

/** 代为登记: staff enter a case for a resident who came in, phoned, was visited or spoke on a reception day. */
export function OnBehalfModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const [error, setError] = useState<unknown>(null);
  const types = useApiQuery((signal) => caseApi.types(signal), []);
  const people = useApiQuery(
    (signal) =>
      q.trim()
        ? directoryApi.persons({ q, page: 1, pageSize: 20 }, signal)
        : Promise.resolve({ items: [], total: 0 }),
    [q],
  );
  const typeCode = Form.useWatch('typeCode', form);
  const type: CaseType | undefined = types.data?.items.find((ct) => ct.code === typeCode);
  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await caseApi.create({ ...values, fields: values.fields ?? {} });
      void message.success(t('cases.submit.sent'));
      form.resetFields();
      onCreated();
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open={open}
      title={t('cases.onBehalf')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('cases.submit.send')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ channel: 'walk_in', typeCode: 'request' }}
      >
        <Form.Item
          name="requesterPersonId"
          label={t('cases.requester')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={people.loading}
            options={(people.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} · ${p.regionName ?? p.regionCode}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('cases.channel')} rules={[{ required: true }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`caseChannel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="typeCode" label={t('cases.submit.type')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(types.data?.items ?? [])
              .filter((ct) => ct.active)
              .map((ct) => ({ value: ct.code, label: caseTypeName(ct, locale) }))}
          />
        </Form.Item>
        {(type?.fields ?? []).map((f) => (
          <Form.Item
            key={f.code}
            name={['fields', f.code]}
            label={caseFieldLabel(f, locale)}
            rules={[{ required: f.required }]}
            valuePropName={f.type === 'boolean' ? 'checked' : 'value'}
          >
            {f.type === 'select' ? (
              <Select
                options={(f.options ?? []).map((o) => ({
                  value: o,
                  label: catalogWord(o, locale),
                }))}
              />
            ) : f.type === 'number' ? (
              <InputNumber style={{ width: '100%' }} />
            ) : f.type === 'boolean' ? (
              <Switch />
            ) : f.type === 'date' ? (
              <DateField />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
        <CaseTextFields />
      </Form>
    </Modal>
  );
}
