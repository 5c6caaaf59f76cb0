import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export interface RevealRequest {
  /** e.g. "查看完整身份证号 · 张三" */
  title: string;
  /** Calls the server with the stated purpose; it audits the reveal. */
  reveal: (purpose: string) => Promise<string | null>;
  onRevealed: (value: string) => void;
}

/** Asks why a sensitive value is needed before revealing it (the accounts page pattern, any field). */
export function RevealFieldModal({
  request,
  onClose,
}: {
  request: RevealRequest | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ purpose: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async ({ purpose }: { purpose: string }) => {
    if (!request) return;
    setBusy(true);
    setError(undefined);
    try {
      const value = await request.reveal(purpose.trim());
      request.onRevealed(value ?? '—');
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
      open={request !== undefined}
      title={request?.title}
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
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              max: 200,
              message: t('accounts.revealPurposeInvalid'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
