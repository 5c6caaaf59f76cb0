import { caseTypeName } from '../../../domain/cases/catalogNames.ts';
import { Button, message } from 'antd';
import { useId, useState } from 'react';
import { caseApi, type CaseDetail } from '../../api/caseEndpoints.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { enqueue } from '../../offline/outbox.ts';
import { useSession } from '../../session.tsx';
import { RequestPhotos, uploadRequestPhotos } from './RequestPhotos.tsx';

// 我要反映 on the phone, in plain form controls (antd's Form and Select would double the page's
// download). The 类别 list is grouped as a villager thinks of it: a problem to report, a wish, an
// errand; a 人大代表 also sends the opinions (代表建议) gathered from residents.
const SELF_KINDS = ['request', 'wish', 'service'] as const;
const DEPUTY_KINDS = ['opinion', ...SELF_KINDS] as const;
export const QUEUED_TOAST = 'lingyan-outbox-queued';

const EMPTY = { title: '', description: '', place: '' };

/** Sends a request through the offline outbox; its photos follow once the case exists. */
export function RequestForm() {
  const { t, locale } = useI18n();
  const { roles } = useSession();
  const id = useId();
  const types = useApiQuery((signal) => caseApi.types(signal), []);
  const [typeCode, setTypeCode] = useState('request');
  const [text, setText] = useState(EMPTY);
  const [photos, setPhotos] = useState<File[]>([]);
  const [where, setWhere] = useState<{ lat: number; lng: number } | null>(null);

  const active = (types.data?.items ?? []).filter((ct) => ct.active);
  const kinds = roles.some((g) => g.role === 'deputy') ? DEPUTY_KINDS : SELF_KINDS;
  const groups = kinds
    .map((kind) => ({ kind, types: active.filter((ct) => ct.kind === kind) }))
    .filter((group) => group.types.length > 0);

  const locate = () =>
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setWhere({ lat: p.coords.latitude, lng: p.coords.longitude });
        void message.success(t('cases.submit.locationAdded'));
      },
      () => void message.warning(t('cases.submit.locationFailed')),
      { timeout: 10_000 },
    );

  const submit = () => {
    const files = photos;
    enqueue(
      {
        path: '/api/v1/cases',
        body: {
          typeCode,
          title: text.title,
          description: text.description,
          ...(text.place ? { place: text.place } : {}),
          ...(where ?? {}),
          channel: 'app',
          fields: {},
        },
        label: text.title,
      },
      // Photos follow once the case exists (its id is in the answer).
      files.length === 0
        ? undefined
        : (answer) => void uploadRequestPhotos(t, (answer as CaseDetail).id, files),
    );
    setText(EMPTY);
    setPhotos([]);
    setWhere(null);
    if (files.length > 0 && !navigator.onLine) void message.info(t('cases.submit.photosWaiting'));
    void message.info(
      navigator.onLine
        ? t('cases.submit.sent')
        : { key: QUEUED_TOAST, content: t('cases.submit.queued') },
    );
  };
  const edit =
    (field: keyof typeof EMPTY) =>
    (event: { target: { value: string } }): void =>
      setText((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form
      className="lingyan-request-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="lingyan-field">
        <label htmlFor={`${id}type`}>{t('cases.submit.type')}</label>
        <select
          id={`${id}type`}
          required
          value={typeCode}
          onChange={(event) => setTypeCode(event.target.value)}
        >
          {groups.map((group) => (
            <optgroup key={group.kind} label={t(`cases.submit.group.${group.kind}`)}>
              {group.types.map((ct) => (
                <option key={ct.code} value={ct.code}>
                  {caseTypeName(ct, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="lingyan-field">
        <label htmlFor={`${id}title`}>{t('cases.submit.titleField')}</label>
        <input
          id={`${id}title`}
          required
          maxLength={80}
          value={text.title}
          onChange={edit('title')}
        />
      </div>
      <div className="lingyan-field">
        <label htmlFor={`${id}description`}>{t('cases.submit.description')}</label>
        <textarea
          id={`${id}description`}
          required
          maxLength={2000}
          rows={3}
          value={text.description}
          onChange={edit('description')}
        />
      </div>
      <div className="lingyan-field">
        <label htmlFor={`${id}place`}>{t('cases.submit.place')}</label>
        <input id={`${id}place`} maxLength={200} value={text.place} onChange={edit('place')} />
      </div>
      <RequestPhotos files={photos} onChange={setPhotos} />
      <div>
        <Button onClick={locate} disabled={!('geolocation' in navigator)}>
          {where ? t('cases.submit.locationAdded') : t('cases.submit.location')}
        </Button>
      </div>
      <Button type="primary" htmlType="submit" block>
        {t('cases.submit.send')}
      </Button>
    </form>
  );
}
