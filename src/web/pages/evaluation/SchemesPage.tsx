import { Button, Card, Flex, Form, Input, Modal, Tag, message } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { SchemeItem } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import { ListTable } from '../../components/listPage/ListTable.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { subjectTypeKey } from './labels.ts';
import { NewSchemeModal, SchemeKeyField } from './NewSchemeModal.tsx';
import { SchemeEditor } from './SchemeEditor.tsx';
import { SchemeText, SchemeTexts, useSchemeText } from './SchemeText.tsx';

export default function SchemesPage() {
  const { t, locale } = useI18n();
  const nameOf = useSchemeText();
  const { permissions } = useSession();
  const manage = permissions.includes('evaluation.manage');
  const schemes = useApiQuery((signal) => evaluationApi.schemes(signal), []);
  const [copying, setCopying] = useState<SchemeItem | null>(null);
  const [editing, setEditing] = useState<SchemeItem | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ key: string; name: string }>();
  const copy = async () => {
    if (!copying) return;
    const values = await form.validateFields();
    try {
      const created = await evaluationApi.copyScheme(copying.id, values.key, values.name);
      setCopying(null);
      schemes.reload();
      setEditing(created);
    } catch (error) {
      message.error(describeError(error, t, locale));
    }
  };
  const columns: TableColumnsType<SchemeItem> = [
    {
      title: t('evaluation.name'),
      key: 'name',
      render: (_: unknown, s) => (
        <>
          <SchemeText text={s.name} />{' '}
          {s.isPreset ? (
            <Tag color="red">{t('evaluation.preset')}</Tag>
          ) : (
            <Tag>{t('evaluation.version', { n: s.version })}</Tag>
          )}
        </>
      ),
    },
    {
      title: t('evaluation.subjectType'),
      key: 'type',
      render: (_: unknown, s) => t(subjectTypeKey(s.subjectType)),
    },
    {
      title: t('evaluation.stars'),
      key: 'stars',
      render: (_: unknown, s) => (
        <SchemeTexts texts={s.definition.stars.map((x) => x.name)} separator="、" />
      ),
    },
    {
      title: t('evaluation.steps'),
      key: 'steps',
      render: (_: unknown, s) => (
        <SchemeTexts texts={s.definition.steps.map((x) => x.name)} separator=" → " />
      ),
    },
    {
      title: t('evaluation.noticeDays'),
      key: 'notice',
      align: 'right',
      render: (_: unknown, s) => s.definition.noticeDays,
    },
    manage
      ? {
          title: '',
          key: 'actions',
          render: (_: unknown, s) => (
            <Flex gap={4}>
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue({ key: `${s.key}-copy`, name: `${s.name}（本县）` });
                  setCopying(s);
                }}
              >
                {t('evaluation.copy')}
              </Button>
              {!s.isPreset && (
                <Button size="small" onClick={() => setEditing(s)}>
                  {t('evaluation.edit')}
                </Button>
              )}
            </Flex>
          ),
        }
      : { title: '', key: 'none', render: () => null },
  ];
  return (
    <Card
      title={t('evaluation.schemes')}
      extra={
        manage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('evaluation.newScheme')}
          </Button>
        )
      }
    >
      <ListTable list={schemes} columns={columns} rowKey="id" size="small" />
      <Modal
        open={Boolean(copying)}
        title={`${t('evaluation.copy')} · ${nameOf(copying?.name ?? '')}`}
        onOk={copy}
        onCancel={() => setCopying(null)}
      >
        <Form form={form} layout="vertical">
          <SchemeKeyField />
          <Form.Item name="name" label={t('evaluation.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <NewSchemeModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          schemes.reload();
          setEditing(created);
        }}
      />
      <SchemeEditor
        key={editing?.id ?? 'none'}
        scheme={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          schemes.reload();
        }}
      />
    </Card>
  );
}
