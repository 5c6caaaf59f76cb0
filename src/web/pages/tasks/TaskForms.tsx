import { Form, Input, InputNumber, Select } from 'antd';
import { taskApi, type TaskItem, type TaskListDetail } from '../../api/taskEndpoints.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { searchPersons } from '../directoryPickers.tsx';
import { DateField } from '../../components/DateField.tsx';

/** Which form is open on the board: a new task, or an entry for one task. */
export type TaskFormKind = 'add' | 'progress' | 'score' | 'owner';

interface Props {
  kind: TaskFormKind;
  list: TaskListDetail;
  task: TaskItem | null;
  onClose: () => void;
  onSaved: (list: TaskListDetail) => void;
}

interface Values {
  title?: string;
  measures?: string;
  deadline?: string;
  ownerPersonId?: string;
  month?: string;
  progress?: number;
  note?: string;
  quarter?: number;
  score?: number;
}

const TITLE_KEYS = {
  add: 'task.add',
  progress: 'task.enterProgress',
  score: 'task.giveScore',
  owner: 'task.setOwner',
} as const;

/**
 * The board's forms: a task split from the targets (deadline inside the year), a month's progress
 * (months of the year up to this one), a quarter's score, the owner. The server checks each again.
 */
export function TaskForm({ kind, list, task, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const submit = useSubmit();
  const scored = new Set(task?.scores.map((s) => s.quarter) ?? []);
  const save = (v: Values) =>
    void submit.run(async () => {
      const id = list.id;
      const taskId = task?.id ?? '';
      const saved =
        kind === 'add'
          ? await taskApi.addTask(id, {
              title: v.title ?? '',
              measures: v.measures ?? '',
              deadline: v.deadline ?? '',
              ...(v.ownerPersonId ? { ownerPersonId: v.ownerPersonId } : {}),
            })
          : kind === 'progress'
            ? await taskApi.progress(id, taskId, {
                month: v.month ?? '',
                progress: v.progress ?? 0,
                note: v.note ?? '',
              })
            : kind === 'score'
              ? await taskApi.score(id, taskId, {
                  quarter: v.quarter ?? 1,
                  score: v.score ?? 0,
                  ...(v.note?.trim() ? { note: v.note } : {}),
                })
              : await taskApi.setOwner(id, taskId, v.ownerPersonId);
      onSaved(saved);
    });
  const lastMonth = list.monthsDue.at(-1);
  return (
    <FormModal<Values>
      open
      title={task ? `${t(TITLE_KEYS[kind])} · ${task.title}` : t(TITLE_KEYS[kind])}
      form={form}
      busy={submit.busy}
      error={submit.error}
      onFinish={save}
      onCancel={onClose}
      initialValues={{
        ...(lastMonth ? { month: lastMonth } : {}),
        progress: task?.latestProgress ?? 0,
      }}
    >
      {kind === 'add' ? (
        <>
          <Form.Item
            name="title"
            label={t('task.form.title')}
            rules={[{ required: true, whitespace: true, max: 80 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="measures"
            label={t('task.form.measures')}
            rules={[{ required: true, whitespace: true, max: 500 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="deadline" label={t('task.form.deadline')} rules={[{ required: true }]}>
            <DateField min={`${list.year}-01-01`} max={`${list.year}-12-31`} />
          </Form.Item>
        </>
      ) : null}
      {kind === 'add' || kind === 'owner' ? (
        <Form.Item
          name="ownerPersonId"
          label={t('task.form.owner')}
          {...(kind === 'owner' ? { extra: t('task.form.ownerSelf') } : {})}
        >
          <RemoteSelect search={searchPersons} allowClear aria-label={t('task.form.owner')} />
        </Form.Item>
      ) : null}
      {kind === 'progress' ? (
        <>
          <Form.Item name="month" label={t('task.form.month')} rules={[{ required: true }]}>
            <Select options={list.monthsDue.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
          <Form.Item name="progress" label={t('task.form.progress')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('task.form.note')}
            rules={[{ required: true, whitespace: true, max: 500 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ) : null}
      {kind === 'score' ? (
        <>
          <Form.Item name="quarter" label={t('task.form.quarter')} rules={[{ required: true }]}>
            <Select
              options={[1, 2, 3, 4]
                .filter((q) => !scored.has(q))
                .map((q) => ({ value: q, label: t('task.quarter', { n: q }) }))}
            />
          </Form.Item>
          <Form.Item name="score" label={t('task.form.score')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} step={0.5} precision={1} />
          </Form.Item>
          <Form.Item name="note" label={t('task.form.scoreNote')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
