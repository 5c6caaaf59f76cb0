import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { Account } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

interface RevealPhoneModalProps {
  account: Account | undefined;
  onClose: () => void;
  onRevealed: (accountId: string, value: string) => void;
}

/** Asks why the full number is needed; the server audits the reveal with that purpose. */
export function RevealPhoneModal({ account, onClose, onRevealed }: RevealPhoneModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ purpose: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async ({ purpose }: { purpose: string }) => {
    if (!account) return;
    setBusy(true);
    setError(undefined);
    try {
      const { value } = await api.revealPhone(account.id, purpose.trim());
      onRevealed(account.id, value);
      form.resetFields();
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={account !== undefined}
      title={`${t('accounts.revealTitle')} · ${account?.displayName ?? ''}`}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('accounts.revealNotice')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="purpose"
          label={t('accounts.revealPurpose')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('accounts.revealPurposeInvalid') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
