import { Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  busy: boolean;
  /** The server's answer to the last submission, shown above the fields. */
  error: unknown;
  onFinish: (values: V) => void;
  onCancel: () => void;
  /** "Confirm" unless the form words it otherwise. */
  okText?: string;
  width?: string | number | undefined;
  /** Shown above the error: what the form is about to do. */
  notice?: ReactNode;
  initialValues?: Partial<V>;
  /** Kept mounted while hidden (the caller resets it on opening) rather than rebuilt each time. */
  keepMounted?: boolean;
  children: ReactNode;
}

/** A vertical form in a modal whose OK button submits it. */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { open, title, form, busy, error, onFinish, onCancel, okText, notice } = props;
  const { initialValues, keepMounted = false, width, children } = props;
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender={keepMounted}
      destroyOnHidden={!keepMounted}
    >
      {notice}
      <ErrorAlert error={error} />
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
