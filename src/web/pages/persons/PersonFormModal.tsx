import { Form, Input, Select } from 'antd';
import { EDUCATION_LEVELS } from '../../../domain/directory/personAttributes.ts';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { NewPerson, PersonDetail, PersonPatch } from '../../api/directoryTypes.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
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
  const [form] = Form.useForm<FormValues>();
  const editing = person !== undefined;
  const initial: FormValues = person
    ? {
        name: person.name,
        phone: undefined,
        education: person.education ?? undefined,
        tags: person.tags,
      }
    : { name: '', idNumber: '', phone: '', regionCode: undefined, education: undefined, tags: [] };

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

  return (
    <SaveModal<FormValues, PersonDetail>
      open={open}
      title={editing ? t('persons.edit') : t('persons.create')}
      okText={editing ? t('common.save') : undefined}
      form={form}
      initial={initial}
      save={save}
      savedText={t(editing ? 'persons.saved' : 'persons.created')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="name"
        label={t('persons.name')}
        rules={[{ required: true, whitespace: true, max: 40, message: t('persons.nameRequired') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      {editing ? (
        <Form.Item label={t('persons.idNumber')} extra={t('persons.idNumberFixed')}>
          <Input value={person.idNumber} disabled />
        </Form.Item>
      ) : (
        <Form.Item name="idNumber" required label={t('persons.idNumber')} rules={[idNumberRule(t)]}>
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
    </SaveModal>
  );
}
