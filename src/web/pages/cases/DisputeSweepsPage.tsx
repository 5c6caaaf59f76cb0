import { Button, Card, Flex, Form, Input, InputNumber, Select, Statistic, message } from 'antd';
import { useState } from 'react';
import { caseApi } from '../../api/caseEndpoints.ts';
import { caseKindApi, type NewSweep } from '../../api/caseKindEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { todayInShanghai } from '../../today.ts';

/**
 * 矛盾纠纷排查: a village's staff record each sweep (people out, disputes found); the totals beside
 * the form are the statistics' own (GET /case-stats), read with the dispute cases.
 */
export default function DisputeSweepsPage() {
  const { t } = useI18n();
  const session = useSession();
  // The caller's region grants; the server decides whether they staff it (404 otherwise).
  const regions = session.roles
    .filter((r) => /^\d{12}$/.test(r.scope))
    .map((r) => ({ value: r.scope, label: r.scopeName }));
  const stats = useApiQuery((signal) => caseApi.stats({}, signal), []);
  const [form] = Form.useForm<NewSweep>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (values: NewSweep) => {
    setBusy(true);
    setError(null);
    try {
      await caseKindApi.recordSweep({ ...values, note: values.note || undefined });
      void message.success(t('sweeps.saved'));
      form.resetFields(['personTimes', 'found', 'note']);
      stats.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const sweeps = stats.data?.disputes.sweeps;
  return (
    <Card title={t('sweeps.title')}>
      <Flex vertical gap={16}>
        {sweeps && (
          <Flex gap={32} wrap className="lingyan-sweep-totals">
            <Statistic title={t('sweeps.found')} value={sweeps.found} />
            <Statistic title={t('sweeps.personTimes')} value={sweeps.personTimes} />
          </Flex>
        )}
        <ErrorAlert error={stats.error} onRetry={stats.reload} />
        {error !== null && <ErrorAlert error={error} />}
        <Form
          form={form}
          layout="vertical"
          style={{ maxWidth: 480 }}
          initialValues={{ regionCode: regions[0]?.value, sweptOn: todayInShanghai() }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="regionCode" label={t('sweeps.region')} rules={[{ required: true }]}>
            <Select options={regions} />
          </Form.Item>
          <Form.Item name="sweptOn" label={t('sweeps.sweptOn')} rules={[{ required: true }]}>
            <DateField />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item
              name="personTimes"
              label={t('sweeps.personTimes')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="found" label={t('sweeps.found')} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('sweeps.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('sweeps.save')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
