import { Alert, Form, Input, Select } from 'antd';
import { planningApi } from '../../api/planningEndpoints.ts';
import { DateField } from '../../components/DateField.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { withFieldErrors } from '../../components/serverFieldErrors.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { organizationApi, type Organization } from './organizationApi.ts';
import { todayInShanghai } from '../../today.ts';

// Correcting an organization (name, registration day, the union a 联建公司 serves) and its 注销
// (a day and a reason, after a warning of what it stops). The server's field errors show under
// the fields they name.

/** `body.name` → `name`: these forms' fields are named as the request's. */
const sameName = (path: string) => (path.includes('.') ? undefined : path);

/** An organization's name and registration day, as registered and as corrected. */
export function NameAndRegistration() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="name" label={t('econ.org.name')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="registeredOn"
        label={t('econ.org.registeredOn')}
        rules={[{ required: true }]}
      >
        <DateField max={todayInShanghai()} />
      </Form.Item>
    </>
  );
}

interface ModalProps {
  org: Organization;
  onClose: () => void;
  onSaved: () => void;
}

interface EditValues {
  name: string;
  registeredOn: string;
  unionId?: string | null;
}

export function EditOrganizationModal({ org, onClose, onSaved }: ModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<EditValues>();
  const unionCompany = org.kind === 'unionCompany';
  const unions = useApiQuery(
    (s) => (unionCompany ? planningApi.unions(org.regionCode, s) : Promise.resolve({ items: [] })),
    [org.regionCode, unionCompany],
  );
  const save = async (v: EditValues) => {
    // only what changed is sent, so the audit names the fields corrected
    const patch = {
      ...(v.name !== org.name ? { name: v.name } : {}),
      ...(v.registeredOn !== org.registeredOn ? { registeredOn: v.registeredOn } : {}),
      ...(unionCompany && (v.unionId ?? null) !== org.unionId
        ? { unionId: v.unionId ?? null }
        : {}),
    };
    return withFieldErrors(form, sameName, () => organizationApi.update(org.id, patch));
  };
  return (
    <SaveModal<EditValues, Organization>
      open
      title={`${t('econ.org.edit')} · ${org.name}`}
      form={form}
      initial={{ name: org.name, registeredOn: org.registeredOn, unionId: org.unionId }}
      save={save}
      savedText={t('econ.org.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <NameAndRegistration />
      {unionCompany && (
        <Form.Item name="unionId" label={t('econ.org.union')}>
          <Select
            allowClear
            loading={unions.loading}
            options={(unions.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      )}
    </SaveModal>
  );
}

interface DissolveValues {
  dissolvedOn: string;
  reason: string;
}

export function DissolveOrganizationModal({ org, onClose, onSaved }: ModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<DissolveValues>();
  const save = (v: DissolveValues) =>
    withFieldErrors(form, sameName, () => organizationApi.dissolve(org.id, v));
  return (
    <SaveModal<DissolveValues, Organization>
      open
      title={`${t('econ.org.dissolve')} · ${org.name}`}
      form={form}
      initial={{ dissolvedOn: todayInShanghai() }}
      save={save}
      savedText={t('econ.org.dissolvedSaved')}
      okText={t('econ.org.dissolveConfirm')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message={t('econ.org.dissolveWarning')}
      />
      <Form.Item name="dissolvedOn" label={t('econ.org.dissolvedOn')} rules={[{ required: true }]}>
        <DateField max={todayInShanghai()} />
      </Form.Item>
      <Form.Item name="reason" label={t('econ.org.dissolveReason')} rules={[{ required: true }]}>
        <Input.TextArea maxLength={200} rows={3} />
      </Form.Item>
    </SaveModal>
  );
}
