import { useState } from 'react';
import {
  Button,
  Card,
  Descriptions,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { UNION_FORMS, type UnionForm } from '../../../domain/unions/forms.ts';
import { taskApi } from '../../api/taskEndpoints.ts';
import { unionApi, type UnionDetail } from '../../api/unionEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
import { eventKey, formKey } from './labels.ts';
import { CommitteeEditor, SecretaryPicker } from './OfficersEditor.tsx';

// One union: its org, secretary and committee, its villages (kept whole: boundaries and assets stay
// the villages'), and its history. Edits show only where the server's abilities allow them.
export function UnionDetailView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>();
  const detail = useApiQuery((signal) => unionApi.get(id, signal), [id, version]);
  // 订单/领单/评单: the union's task lists, read with the same access as the union.
  const lists = useApiQuery((signal) => taskApi.list(signal), []);
  const ownLists = (lists.data?.items ?? []).filter((l) => l.subject.id === id);
  const run = (write: () => Promise<UnionDetail>) => {
    setError(undefined);
    write().then(
      () => setVersion((v) => v + 1),
      (e: unknown) => setError(e),
    );
  };
  const u = detail.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/unions">← {t('union.back')}</Link>
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {u ? (
        <>
          <Typography.Title level={3}>{u.name}</Typography.Title>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('union.col.form')}>
              {u.abilities.update ? (
                <Select<UnionForm>
                  aria-label={t('union.col.form')}
                  value={u.form}
                  style={{ minWidth: 200 }}
                  options={UNION_FORMS.map((f) => ({ value: f, label: t(formKey(f)) }))}
                  onChange={(form) => run(() => unionApi.update(u.id, { form }))}
                />
              ) : (
                t(formKey(u.form))
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('union.lead')}>
              {u.abilities.update ? (
                // Another member village leads: the union's org moves with it (server side),
                // and the change is a line of the history below.
                <Select<string>
                  aria-label={t('union.lead')}
                  value={u.lead}
                  style={{ minWidth: 200 }}
                  options={u.villages.map((v) => ({ value: v.code, label: v.name }))}
                  onChange={(lead) => run(() => unionApi.update(u.id, { lead }))}
                />
              ) : (
                (u.villages.find((v) => v.code === u.lead)?.name ?? u.lead)
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('union.col.org')}>{u.org?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('union.col.secretary')}>
              {u.abilities.update ? (
                <SecretaryPicker
                  union={u}
                  onSave={(secretaryId) => run(() => unionApi.update(u.id, { secretaryId }))}
                />
              ) : (
                (u.secretary?.name ?? t('union.none'))
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('union.committee')} span={2}>
              {u.abilities.update ? (
                <CommitteeEditor
                  union={u}
                  onSave={(memberIds) => run(() => unionApi.update(u.id, { memberIds }))}
                />
              ) : u.committee.length > 0 ? (
                u.committee.map((m) => m.name).join('、')
              ) : (
                t('union.none')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('union.taskLists')} span={2}>
              {ownLists.length > 0 ? (
                <Space size={12} wrap>
                  {ownLists.map((l) => (
                    <Link key={l.id} to={withQuery('/tasks', { id: l.id })}>
                      {l.year} · {l.title}
                    </Link>
                  ))}
                </Space>
              ) : (
                <Link to="/tasks">{t('union.noTaskList')}</Link>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('union.villages')}>
            <Space size={8} wrap>
              {u.villages.map((v) => (
                <Tag key={v.code} color={v.code === u.lead ? 'red' : 'blue'}>
                  {v.name}
                  {u.abilities.manageVillages && v.code !== u.lead ? (
                    <Popconfirm
                      title={t('union.removeConfirm')}
                      onConfirm={() => run(() => unionApi.removeVillage(u.id, v.code))}
                    >
                      <Button type="link" size="small">
                        {t('union.remove')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Tag>
              ))}
            </Space>
            {u.abilities.manageVillages ? (
              <AddVillage onAdd={(code) => run(() => unionApi.addVillage(u.id, code))} />
            ) : null}
          </Card>
          <Card size="small" title={t('union.history')}>
            <Timeline
              items={u.history.map((h) => ({
                key: h.id,
                children: `${formatDateTime(h.at, locale)} ${t(eventKey(h.kind))}${h.actor ? `（${h.actor}）` : ''}`,
              }))}
            />
          </Card>
        </>
      ) : null}
    </Space>
  );
}

function AddVillage({ onAdd }: { onAdd: (code: string) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  return (
    <Space.Compact style={{ marginTop: 12 }}>
      <Input
        aria-label={t('union.villageCode')}
        placeholder={t('union.villageCode')}
        value={code}
        maxLength={12}
        onChange={(e) => setCode(e.target.value.trim())}
      />
      <Button disabled={!/^\d{12}$/.test(code)} onClick={() => onAdd(code)}>
        {t('union.addVillage')}
      </Button>
    </Space.Compact>
  );
}
