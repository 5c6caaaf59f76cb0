import { Button, Card, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { caseApi, type CaseAction, type CaseDetail } from '../../api/caseEndpoints.ts';
import { caseKindApi } from '../../api/caseKindEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDay } from '../../i18n/format.ts';
import { todayInShanghai } from '../../today.ts';

const OPEN = ['assigned', 'in_progress', 'reopened'];
const OUTCOMES = ['resolved', 'failed', 'referred'] as const;
type Outcome = (typeof OUTCOMES)[number];

interface Department {
  unitId: string;
  name: string;
}

/** What a kind has recorded so far: sessions and outcome of a dispute, the department, the claim. */
function KindFacts({ c }: { c: CaseDetail }) {
  const { t, locale } = useI18n();
  const d = c.details;
  const department = d.department as Department | undefined;
  const claimedBy = d.claimedBy as { name?: string } | undefined;
  const sessions = Number(d.sessions ?? 0);
  const tags: string[] = [];
  if (c.kind === 'dispute' && sessions > 0)
    tags.push(t('kinds.mediation.sessions', { count: sessions }));
  if (c.kind === 'dispute' && OUTCOMES.includes(d.outcome as Outcome))
    tags.push(t(`kinds.outcome.${d.outcome as Outcome}`));
  if (department)
    tags.push(
      t('kinds.assigned', {
        name: department.name,
        deadline: formatDay(String(d.deadline ?? ''), locale),
      }),
    );
  if (claimedBy?.name) tags.push(t('kinds.claimedBy', { name: claimedBy.name }));
  if (tags.length === 0 && typeof d.agreement !== 'string') return null;
  return (
    <Flex vertical gap={4} className="lingyan-kind-facts">
      <Flex wrap gap={4}>
        {tags.map((x) => (
          <Tag key={x} color="blue">
            {x}
          </Tag>
        ))}
      </Flex>
      {typeof d.agreement === 'string' && (
        <Typography.Text>
          {t('kinds.outcome.agreement')}：{d.agreement}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The steps a case's kind has beyond start / resolve / escalate: a dispute's mediation sessions and
 * outcome, an opinion or request given to a department of the county with a deadline.
 * Who may take them is the server's word (`c.can.handle`, `c.can.assign` for 交办); a refusal shows
 * as the server gives it.
 */
export function KindSteps({ c, onActed }: { c: CaseDetail; onActed: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mediation] = Form.useForm<{ date: string; participants: number; summary: string }>();
  const [outcome] = Form.useForm<{ agreement?: string; outcome: Outcome }>();
  const [assign] = Form.useForm<{ unitId: string; deadline: string }>();
  const open = OPEN.includes(c.state);
  const gives = c.can.assign && open && (c.kind === 'opinion' || c.kind === 'request');
  const departments = useApiQuery(
    (signal) => (gives ? caseKindApi.departments(c.id, signal) : Promise.resolve({ items: [] })),
    [c.id, gives],
  );
  const act = async (body: CaseAction, reset: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await caseApi.act(c.id, body);
      reset();
      onActed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={12}>
      <KindFacts c={c} />
      {error !== null && <ErrorAlert error={error} />}
      {c.can.handle && open && c.kind === 'dispute' && (
        <>
          <Card size="small" title={t('kinds.mediation.title')}>
            <Form
              form={mediation}
              layout="vertical"
              initialValues={{ date: todayInShanghai(), participants: 2 }}
              onFinish={(v) =>
                void act({ type: 'mediation', ...v }, () => mediation.resetFields(['summary']))
              }
            >
              <Flex gap={8} wrap>
                <Form.Item
                  name="date"
                  label={t('kinds.mediation.date')}
                  rules={[{ required: true }]}
                >
                  <DateField />
                </Form.Item>
                <Form.Item
                  name="participants"
                  label={t('kinds.mediation.participants')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={1} max={500} />
                </Form.Item>
              </Flex>
              <Form.Item
                name="summary"
                label={t('kinds.mediation.summary')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Button htmlType="submit" loading={busy}>
                {t('kinds.mediation.save')}
              </Button>
            </Form>
          </Card>
          <Card size="small" title={t('kinds.outcome.title')}>
            <Form
              form={outcome}
              layout="vertical"
              initialValues={{ outcome: 'resolved' }}
              onFinish={(v) =>
                void act(
                  { type: 'resolve', outcome: v.outcome, agreement: v.agreement || undefined },
                  () => outcome.resetFields(),
                )
              }
            >
              <Form.Item name="agreement" label={t('kinds.outcome.agreement')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Form.Item name="outcome" label={t('kinds.outcome.result')}>
                <Select
                  options={OUTCOMES.map((o) => ({ value: o, label: t(`kinds.outcome.${o}`) }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('kinds.outcome.save')}
              </Button>
            </Form>
          </Card>
        </>
      )}
      {gives && (
        <Card size="small" title={t('kinds.assign.title')}>
          <ErrorAlert error={departments.error} onRetry={departments.reload} />
          <Form
            form={assign}
            layout="vertical"
            onFinish={(v) =>
              void act({ type: 'assign_department', ...v }, () => assign.resetFields())
            }
          >
            <Form.Item
              name="unitId"
              label={t('kinds.assign.department')}
              rules={[{ required: true }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={departments.loading}
                options={(departments.data?.items ?? []).map((u) => ({
                  value: u.id,
                  label: u.name,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="deadline"
              label={t('kinds.assign.deadline')}
              rules={[{ required: true }]}
            >
              <DateField />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('kinds.assign.save')}
            </Button>
          </Form>
        </Card>
      )}
    </Flex>
  );
}
