import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/useI18n.ts';

/** The title and description every new case carries, whoever submits it. */
export function CaseTextFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="title"
        label={t('cases.submit.titleField')}
        rules={[{ required: true, max: 80 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('cases.submit.description')}
        rules={[{ required: true, max: 2000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}
