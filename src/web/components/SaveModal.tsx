import { message } from 'antd';
import type { FormInstance } from 'antd';
import { useLayoutEffect } from 'react';
import type { ReactNode } from 'react';
import { FormModal } from './FormModal.tsx';
import { useSubmit } from './useSubmit.ts';

export interface SaveModalProps<V, R> {
  open: boolean;
  title: string;
  form: FormInstance<V>;
  /** Values the form opens with. */
  initial: Partial<V>;
  save: (values: V) => Promise<R>;
  savedText: string;
  /** "Confirm" unless the form words it otherwise. */
  okText?: string;
  /** The modal's width when the form needs more than antd's default (a table of rows). */
  width?: string | number;
  onClose: () => void;
  /** Called with what the server saved. */
  onSaved: (saved: R) => void;
  children: ReactNode;
}

/** A create/edit form in a modal: the server's 4xx shows in the modal, success closes it. */
export function SaveModal<V extends object, R = unknown>({
  open,
  title,
  form,
  initial,
  save,
  savedText,
  okText,
  width,
  onClose,
  onSaved,
  children,
}: SaveModalProps<V, R>) {
  const { busy, error, setError, run } = useSubmit();

  // Before the browser paints the opened modal: it never shows the last values for a frame, and
  // nothing typed into it right away is wiped by a reset that comes after.
  useLayoutEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    form.setFieldsValue(initial as Parameters<typeof form.setFieldsValue>[0]);
  }, [open]); // the initial values are read when the modal opens, not on every render

  const submit = (values: V) =>
    run(async () => {
      const saved = await save(values);
      void message.success(savedText);
      onSaved(saved);
      onClose();
    });

  return (
    <FormModal<V>
      open={open}
      title={title}
      form={form}
      busy={busy}
      error={error}
      okText={okText}
      width={width}
      onFinish={(values) => void submit(values)}
      onCancel={onClose}
      keepMounted
    >
      {children}
    </FormModal>
  );
}
