import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { EDUCATION_LEVELS } from '../../../domain/directory/personAttributes.ts';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { NewPerson, PersonDetail, PersonPatch } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { idNumberRule, personPhoneRule } from './personRules.ts';

interface FormValues {
  name: string;
  idNumber?: string;
  phone?: string;
  regionCode?: string;
  education?: string;
  tags?: string[];
}

interface PersonFormModalProps {
  open: boolean;
  /** Editing this person; without it the form registers a new one. */
  person?: PersonDetail;
  onClose: () => void;
  onSaved: (person: PersonDetail) => void;
}

export function PersonFormModal({ open, person, onClose, onSaved }: PersonFormModalProps) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const editing = person !== undefined;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.setFieldsValue(
      person
        ? {
            name: person.name,
            phone: undefined,
            education: person.education ?? undefined,
            tags: person.tags,
          }
        : {
            name: '',
            idNumber: '',
            phone: '',
            regionCode: undefined,
            education: undefined,
            tags: [],
          },
    );
  }, [open, person, form]);

  const save = async (values: FormValues): Promise<PersonDetail> => {
    const phone = values.phone?.trim();
    if (person) {
      const patch: PersonPatch = {
        name: values.name.trim(),
        education: values.education ?? null,
        tags: values.tags ?? [],
      };
      // the masked number is never sent back: only a newly typed one replaces it
      if (phone) patch.phone = phone;
      return directoryApi.updatePerson(person.id, patch);
    }
    const created: NewPerson = {
      name: values.name.trim(),
      idNumber: (values.idNumber ?? '').trim().toUpperCase(),
      regionCode: values.regionCode ?? '',
      tags: values.tags ?? [],
    };
    if (phone) created.phone = phone;
    if (values.education) created.education = values.education;
    return directoryApi.createPerson(created);
  };

  const submit = async (values: FormValues) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await save(values);
      void message.success(t(editing ? 'persons.saved' : 'persons.created'));
      onSaved(saved);
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('persons.edit') : t('persons.create')}
      okText={editing ? t('common.save') : t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<FormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="name"
          label={t('persons.name')}
          rules={[
            { required: true, whitespace: true, max: 40, message: t('persons.nameRequired') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('persons.idNumber')} extra={t('persons.idNumberFixed')}>
            <Input value={person.idNumber} disabled />
          </Form.Item>
        ) : (
          <Form.Item
            name="idNumber"
            required
            label={t('persons.idNumber')}
            rules={[idNumberRule(t)]}
          >
            <Input autoComplete="off" maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        )}
        <Form.Item
          name="phone"
          label={t('persons.phone')}
          rules={[personPhoneRule(t)]}
          extra={editing && person.phone ? person.phone : undefined}
        >
          <Input inputMode="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="regionCode"
            label={t('persons.region')}
            rules={[{ required: true, message: t('persons.regionRequired') }]}
          >
            <RegionPicker placeholder={t('persons.regionRequired')} />
          </Form.Item>
        )}
        <Form.Item name="education" label={t('persons.education')}>
          <Select
            allowClear
            options={EDUCATION_LEVELS.map((entry) => ({
              value: entry.code,
              label: entry.label[locale],
            }))}
          />
        </Form.Item>
        <Form.Item name="tags" label={t('persons.tags')}>
          <Select
            mode="multiple"
            allowClear
            options={PERSON_TAGS.map((entry) => ({
              value: entry.code,
              label: entry.label[locale],
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
