import { Alert, Form, Input } from 'antd';
import { useI18n } from '../i18n/useI18n.ts';
import { FormModal } from './FormModal.tsx';
import { useSubmit } from './useSubmit.ts';

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
  const { busy, error, setError, run } = useSubmit();

  const submit = ({ purpose }: { purpose: string }) =>
    run(async () => {
      if (!request) return;
      const value = await request.reveal(purpose.trim());
      request.onRevealed(value ?? '—');
      form.resetFields();
      onClose();
    });

  return (
    <FormModal<{ purpose: string }>
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
    </FormModal>
  );
}
