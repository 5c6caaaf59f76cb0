import { Alert, Form, Input, Select } from 'antd';
import type { RevealWhy } from '../api/endpoints.ts';
import { REVEAL_PURPOSES, type RevealPurpose } from '../../domain/privacy/revealPurposes.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { FormModal } from './FormModal.tsx';
import { useSubmit } from './useSubmit.ts';

export interface RevealRequest {
  /** e.g. "查看完整身份证号 · 张三" */
  title: string;
  /** Calls the server with the chosen purpose; it audits the reveal. */
  reveal: (why: RevealWhy) => Promise<string | null>;
  onRevealed: (value: string) => void;
}

interface Values {
  purpose: RevealPurpose;
  note?: string;
}

/** Asks why a sensitive value is needed (a purpose from the list) before revealing it. */
export function RevealFieldModal({
  request,
  onClose,
}: {
  request: RevealRequest | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const purpose = Form.useWatch('purpose', form);
  const { busy, error, setError, run } = useSubmit();

  const submit = ({ purpose, note }: Values) =>
    run(async () => {
      if (!request) return;
      const trimmed = note?.trim();
      const value = await request.reveal({ purpose, ...(trimmed ? { note: trimmed } : {}) });
      request.onRevealed(value ?? '—');
      form.resetFields();
      onClose();
    });

  return (
    <FormModal<Values>
      open={request !== undefined}
      title={request?.title}
      form={form}
      busy={busy}
      error={error}
      notice={
        <Alert
          type="info"
          showIcon
          title={t('accounts.revealNotice')}
          style={{ marginBottom: 16 }}
        />
      }
      onFinish={(values) => void submit(values)}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
    >
      <Form.Item
        name="purpose"
        label={t('accounts.revealPurpose')}
        rules={[{ required: true, message: t('accounts.revealPurposeInvalid') }]}
      >
        <Select
          options={REVEAL_PURPOSES.map((code) => ({
            value: code,
            label: t(`revealPurpose.${code}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('accounts.revealNote')}
        rules={[
          {
            required: purpose === 'other',
            whitespace: true,
            min: 2,
            max: 200,
            message: t('accounts.revealNoteInvalid'),
          },
        ]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
