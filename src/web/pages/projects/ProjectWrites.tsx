import { Form, Input, InputNumber, Select } from 'antd';
import { FUND_SOURCES, type FundSource } from '../../../domain/projects/kinds.ts';
import { projectApi, type ProjectDetail } from '../../api/projectEndpoints.ts';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { sourceKey } from './labels.ts';
import { DateField } from '../../components/DateField.tsx';

// The small forms of a project page: a milestone, a spend record, a year's outcomes. Each answers
// the project with its new figures (the server rolls them up).

export type ProjectWrite = 'milestone' | 'spend' | 'outcome' | 'inspection' | null;

interface Props {
  project: ProjectDetail;
  open: ProjectWrite;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  name?: string;
  weight?: number;
  progress?: number;
  dueOn?: string;
  source?: FundSource;
  amount?: number;
  spentOn?: string;
  note?: string;
  year?: number;
  incomeAdded?: number;
  householdsBenefiting?: number;
  village?: string;
  occurredOn?: string;
  title?: string;
  outcome?: string;
}

export function ProjectWrites({ project, open, today, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, message: t('project.required') }];
  const sources = FUND_SOURCES.filter((s) => project.funds.lines.some((l) => l.source === s));
  const title =
    open === 'milestone'
      ? t('project.milestone.add')
      : open === 'spend'
        ? t('project.spend.record')
        : open === 'inspection'
          ? t('project.inspection.record')
          : t('project.outcome.record');
  const save = (v: Values): Promise<unknown> =>
    open === 'inspection'
      ? projectApi.recordInspection({
          subjectKind: 'village',
          subjectId: v.village ?? '',
          villageCode: v.village ?? '',
          activityType: 'inspection',
          occurredOn: v.occurredOn ?? today,
          title: (v.title ?? '').trim(),
          ...(v.outcome?.trim() ? { outcome: v.outcome.trim() } : {}),
          projectId: project.id,
        })
      : open === 'milestone'
        ? projectApi.addMilestone(project.id, {
            name: (v.name ?? '').trim(),
            weight: v.weight ?? 1,
            progress: v.progress ?? 0,
            dueOn: v.dueOn || null,
          })
        : open === 'spend'
          ? projectApi.recordSpend(project.id, {
              source: v.source ?? 'fiscal',
              amount: v.amount ?? 0,
              spentOn: v.spentOn ?? today,
              ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            })
          : projectApi.setOutcome(project.id, v.year ?? Number(today.slice(0, 4)), {
              incomeAdded: v.incomeAdded ?? 0,
              householdsBenefiting: v.householdsBenefiting ?? 0,
            });
  const initial: Values =
    open === 'milestone'
      ? { weight: 1, progress: 0 }
      : open === 'spend'
        ? { source: sources[0], spentOn: today }
        : open === 'inspection'
          ? {
              village: project.villages[0]?.code,
              occurredOn: today,
              title: `${t('project.inspection.titlePrefix')}${project.name}`,
            }
          : { year: Number(today.slice(0, 4)) };
  return (
    <SaveModal<Values, unknown>
      open={open !== null}
      title={title}
      form={form}
      initial={initial}
      save={save}
      savedText={t('project.saved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      {open === 'milestone' ? (
        <>
          <Form.Item name="name" label={t('project.milestone.name')} rules={required}>
            <Input autoComplete="off" maxLength={60} />
          </Form.Item>
          <Form.Item name="weight" label={t('project.milestone.weight')} rules={required}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item name="progress" label={t('project.milestone.progress')}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('project.milestone.due')}>
            <DateField />
          </Form.Item>
        </>
      ) : null}
      {open === 'spend' ? (
        <>
          <Form.Item name="source" label={t('project.fund.source')} rules={required}>
            <Select options={sources.map((s) => ({ value: s, label: t(sourceKey(s)) }))} />
          </Form.Item>
          <Form.Item name="amount" label={t('project.spend.amount')} rules={required}>
            <InputNumber min={1} precision={0} step={1000} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="spentOn" label={t('project.spend.on')} rules={required}>
            <DateField max={today} />
          </Form.Item>
          <Form.Item name="note" label={t('project.spend.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      ) : null}
      {open === 'inspection' ? (
        <>
          <Form.Item name="village" label={t('project.col.villages')} rules={required}>
            <Select options={project.villages.map((v) => ({ value: v.code, label: v.name }))} />
          </Form.Item>
          <Form.Item name="occurredOn" label={t('project.inspection.on')} rules={required}>
            <DateField max={today} />
          </Form.Item>
          <Form.Item name="title" label={t('project.inspection.title')} rules={required}>
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="outcome" label={t('project.inspection.outcome')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      ) : null}
      {open === 'outcome' ? (
        <>
          <Form.Item name="year" label={t('project.outcome.year')} rules={required}>
            <InputNumber min={2000} max={Number(today.slice(0, 4))} precision={0} />
          </Form.Item>
          <Form.Item name="incomeAdded" label={t('project.outcome.income')} rules={required}>
            <InputNumber min={0} precision={0} step={10_000} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="householdsBenefiting"
            label={t('project.outcome.households')}
            rules={required}
          >
            <InputNumber min={0} precision={0} />
          </Form.Item>
        </>
      ) : null}
    </SaveModal>
  );
}
