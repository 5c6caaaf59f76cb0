import { Form, Input, InputNumber, Select, Switch } from 'antd';
import type { FormInstance } from 'antd';
import {
  FUND_SOURCES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type FundSource,
  type ProjectStatus,
  type ProjectType,
} from '../../../domain/projects/kinds.ts';
import { pairingApi } from '../../api/pairingEndpoints.ts';
import { projectApi, type ProjectDetail } from '../../api/projectEndpoints.ts';
import { unionApi } from '../../api/unionEndpoints.ts';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { sourceKey, statusKey, typeKey } from './labels.ts';
import { DateField } from '../../components/DateField.tsx';
import { VillagesField } from './VillagesField.tsx';

export interface ProjectFormValues {
  name?: string;
  type?: ProjectType;
  status?: ProjectStatus;
  key?: boolean;
  villages?: string[];
  unionId?: string;
  pairingId?: string;
  parentId?: string;
  weight?: number;
  startsOn?: string;
  endsOn?: string;
  description?: string;
  budgets?: Partial<Record<FundSource, number | null>>;
}

interface Props {
  open: boolean;
  form: FormInstance<ProjectFormValues>;
  /** Null: a new project. */
  project: ProjectDetail | null;
  onClose: () => void;
  onSaved: (saved: ProjectDetail) => void;
}

const day = (d: string | undefined) => (d ? d : null);

/** Creates a project or edits one: fields, status, budgets per source (财政 / 党费 / 社会资本). */
export function ProjectFormModal({ open, form, project, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const unions = useApiQuery(
    (signal) => (open && !project ? unionApi.list(signal) : Promise.resolve(undefined)),
    [open],
  );
  const pairings = useApiQuery(
    (signal) =>
      open && !project ? pairingApi.list({ pageSize: 200 }, signal) : Promise.resolve(undefined),
    [open],
  );
  const parents = useApiQuery(
    (signal) =>
      open && !project
        ? projectApi.list({ page: 1, pageSize: 200 }, signal)
        : Promise.resolve(undefined),
    [open],
  );
  const funds = () =>
    FUND_SOURCES.flatMap((source) => {
      const budget = form.getFieldValue(['budgets', source]) as number | null | undefined;
      return budget === null || budget === undefined ? [] : [{ source, budget }];
    });
  const save = (v: ProjectFormValues) =>
    project
      ? projectApi.update(project.id, {
          name: v.name?.trim(),
          type: v.type,
          status: v.status,
          key: v.key,
          ...(project.parent && v.weight ? { weight: v.weight } : {}),
          startsOn: day(v.startsOn) ?? undefined,
          endsOn: day(v.endsOn),
          description: v.description?.trim() || null,
          funds: funds(),
        })
      : projectApi.create({
          name: (v.name ?? '').trim(),
          type: v.type ?? 'industry',
          status: v.status,
          key: v.key,
          villages: v.villages ?? [],
          ...(v.unionId ? { unionId: v.unionId } : {}),
          ...(v.pairingId ? { pairingId: v.pairingId } : {}),
          ...(v.parentId ? { parentId: v.parentId, weight: v.weight ?? 1 } : {}),
          startsOn: day(v.startsOn) ?? '',
          endsOn: day(v.endsOn),
          ...(v.description?.trim() ? { description: v.description.trim() } : {}),
          funds: funds(),
        });
  const initial: ProjectFormValues = project
    ? {
        name: project.name,
        type: project.type,
        status: project.status,
        key: project.key,
        weight: project.weight,
        startsOn: project.startsOn,
        endsOn: project.endsOn ?? undefined,
        description: project.description ?? undefined,
        budgets: Object.fromEntries(project.funds.lines.map((l) => [l.source, l.budget])),
      }
    : { type: 'industry', status: 'planned', key: false, weight: 1 };
  const required = [{ required: true, message: t('project.required') }];
  return (
    <SaveModal<ProjectFormValues, ProjectDetail>
      open={open}
      title={project ? t('project.edit') : t('project.create')}
      form={form}
      initial={initial}
      save={save}
      savedText={project ? t('project.saved') : t('project.created')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="name" label={t('project.col.name')} rules={[...required, { max: 80 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="type" label={t('project.col.type')} rules={required}>
        <Select options={PROJECT_TYPES.map((c) => ({ value: c, label: t(typeKey(c)) }))} />
      </Form.Item>
      <Form.Item name="status" label={t('project.col.status')}>
        <Select options={PROJECT_STATUSES.map((c) => ({ value: c, label: t(statusKey(c)) }))} />
      </Form.Item>
      <Form.Item name="key" label={t('project.key')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {project ? null : (
        <>
          <Form.Item name="villages" label={t('project.col.villages')}>
            <VillagesField />
          </Form.Item>
          <Form.Item name="unionId" label={t('project.unionId')}>
            <Select
              allowClear
              options={(unions.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item name="pairingId" label={t('project.pairingId')}>
            <Select
              allowClear
              options={(pairings.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.unit.name} ↔ ${p.village.name}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="parentId" label={t('project.parent')}>
            <Select
              allowClear
              options={(parents.data?.items ?? [])
                .filter((p) => p.parent === null)
                .map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        </>
      )}
      {!project || project.parent ? (
        <Form.Item name="weight" label={t('project.weight')}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
      ) : null}
      <Form.Item name="startsOn" label={t('project.startsOn')} rules={required}>
        <DateField />
      </Form.Item>
      <Form.Item name="endsOn" label={t('project.endsOn')}>
        <DateField />
      </Form.Item>
      {FUND_SOURCES.map((source) => (
        <Form.Item
          key={source}
          name={['budgets', source]}
          label={`${t('project.fund.budget')} · ${t(sourceKey(source))}`}
        >
          <InputNumber min={0} step={10_000} precision={0} style={{ width: 200 }} />
        </Form.Item>
      ))}
      <Form.Item name="description" label={t('project.description')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </SaveModal>
  );
}
