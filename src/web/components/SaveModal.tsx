import { App, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

interface SaveModalProps<V> {
  open: boolean;
  title: string;
  form: FormInstance<V>;
  /** Values the form opens with. */
  initial: Partial<V>;
  save: (values: V) => Promise<unknown>;
  savedText: string;
  onClose: () => void;
  onSaved: () => void;
  children: ReactNode;
}

/** A create/edit form in a modal: the server's 4xx shows in the modal, success closes it. */
export function SaveModal<V extends object>({
  open,
  title,
  form,
  initial,
  save,
  savedText,
  onClose,
  onSaved,
  children,
}: SaveModalProps<V>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    form.setFieldsValue(initial as Parameters<typeof form.setFieldsValue>[0]);
  }, [open]); // the initial values are read when the modal opens, not on every render

  const submit = async (values: V) => {
    setBusy(true);
    setError(undefined);
    try {
      await save(values);
      void message.success(savedText);
      onSaved();
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
      title={title}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      destroyOnHidden={false}
    >
      <ErrorAlert error={error} />
      <Form<V> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {children}
      </Form>
    </Modal>
  );
}
