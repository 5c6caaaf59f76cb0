import { Form, Input, Modal, Select, message } from 'antd';
import {
  SUBJECT_TYPES,
  type SchemePeriod,
  type SubjectType,
} from '../../../domain/evaluation/scheme.ts';
import { blankScheme } from '../../../domain/evaluation/schemeProblems.ts';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { SchemeItem } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { subjectTypeKey } from './labels.ts';

const PERIODS: SchemePeriod[] = ['year', 'half', 'quarter', 'term'];
interface Values {
  key: string;
  name: string;
  subjectType: SubjectType;
  period: SchemePeriod;
}

/** A scheme's key, as the server takes it: letters, digits and dashes, starting with a letter. */
export function SchemeKeyField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="key"
      label={t('evaluation.key')}
      rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9-]{0,47}$/ }]}
    >
      <Input />
    </Form.Item>
  );
}

/**
 * A scheme from scratch: what it rates, how often, its key and name. The server creates the
 * smallest sound scheme (one star, one item, one step); the editor opens on it for the rest.
 */
export function NewSchemeModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (s: SchemeItem) => void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = async () => {
    const values = await form.validateFields();
    try {
      const definition = blankScheme(values, {
        star: t('evaluation.blankStar'),
        item: t('evaluation.blankItem'),
        step: t('evaluation.blankStep'),
      });
      const created = await evaluationApi.createScheme(definition);
      form.resetFields();
      onCreated(created);
    } catch (error) {
      message.error(describeError(error, t, locale));
    }
  };
  return (
    <Modal
      open={open}
      title={t('evaluation.newScheme')}
      onOk={create}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ subjectType: 'village', period: 'year' }}
      >
        <Form.Item
          name="subjectType"
          label={t('evaluation.subjectType')}
          rules={[{ required: true }]}
        >
          <Select options={SUBJECT_TYPES.map((s) => ({ value: s, label: t(subjectTypeKey(s)) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('evaluation.schemePeriod')} rules={[{ required: true }]}>
          <Select
            options={PERIODS.map((p) => ({
              value: p,
              label: t(`evaluation.schemePeriod.${p}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('evaluation.name')}
          rules={[{ required: true, whitespace: true, max: 80 }]}
        >
          <Input />
        </Form.Item>
        <SchemeKeyField />
      </Form>
    </Modal>
  );
}
