import { Button, Card, Form, InputNumber, Modal, Select, Switch, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { caseApi, type CaseType } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { kindLabel, stepLabel } from './labels.ts';
import { LADDER_STEPS } from '../../../domain/cases/ladder.ts';
import { caseTypeName, catalogText } from '../../../domain/cases/catalogNames.ts';
import { ShownName } from '../../components/ShownName.tsx';

/** 事项目录: a county admin changes deadlines, ladders and what is offered, without code. */
export default function CatalogPage() {
  const { t, locale } = useI18n();
  const types = useApiQuery((signal) => caseApi.types(signal), []);
  const [editing, setEditing] = useState<CaseType | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form] =
    Form.useForm<
      Pick<CaseType, 'slaHours' | 'autoConfirmDays' | 'ladder' | 'active' | 'open311'>
    >();
  const save = async () => {
    if (!editing) return;
    const values = await form.validateFields();
    try {
      const { code, ...rest } = editing;
      await caseApi.putType(code, { ...rest, ...values });
      void message.success(t('catalog.saved'));
      setEditing(null);
      types.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={t('nav.caseCatalog')}>
      <ErrorAlert error={types.error} onRetry={types.reload} />
      <Table<CaseType>
        rowKey="code"
        size="small"
        loading={types.loading}
        dataSource={types.data?.items ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('catalog.code'), dataIndex: 'code' },
          {
            title: t('catalog.name'),
            dataIndex: 'name',
            render: (n: CaseType['name']) => <ShownName shown={catalogText(n, locale)} />,
          },
          {
            title: t('catalog.kind'),
            dataIndex: 'kind',
            width: 120,
            render: (k: string) => kindLabel(t, k),
          },
          {
            title: t('catalog.group'),
            dataIndex: 'group',
            width: 100,
            render: (g: string) => (g ? <ShownName shown={catalogText({ zh: g }, locale)} /> : ''),
          },
          { title: t('catalog.sla'), dataIndex: 'slaHours', width: 100 },
          {
            title: t('catalog.ladder'),
            dataIndex: 'ladder',
            render: (l: string[]) => l.map((s) => <Tag key={s}>{stepLabel(t, s)}</Tag>),
          },
          {
            title: t('catalog.active'),
            dataIndex: 'active',
            width: 64,
            render: (a: boolean) => (a ? '✓' : '—'),
          },
          {
            title: t('common.actions'),
            key: 'edit',
            render: (_: unknown, r) => (
              <Button
                size="small"
                onClick={() => {
                  setError(null);
                  setEditing(r);
                  form.setFieldsValue({
                    slaHours: r.slaHours,
                    autoConfirmDays: r.autoConfirmDays,
                    ladder: r.ladder,
                    active: r.active,
                    open311: r.open311,
                  });
                }}
              >
                {t('catalog.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing ? caseTypeName(editing, locale) : ''}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
      >
        {error !== null && <ErrorAlert error={error} />}
        <Form form={form} layout="vertical">
          <Form.Item name="slaHours" label={t('catalog.sla')} rules={[{ required: true }]}>
            <InputNumber min={1} max={8760} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="autoConfirmDays"
            label={t('catalog.autoConfirm')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={60} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="ladder" label={t('catalog.ladder')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              options={LADDER_STEPS.map((s) => ({ value: s, label: stepLabel(t, s) }))}
            />
          </Form.Item>
          <Form.Item name="active" label={t('catalog.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="open311" label={t('catalog.open311')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
