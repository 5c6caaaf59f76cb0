import { Button, message } from 'antd';
import { useCallback, useId } from 'react';
import { ApiError } from '../../api/client.ts';
import { caseApi } from '../../api/caseEndpoints.ts';
import { useI18n, type Translate } from '../../i18n/useI18n.ts';

// Photos picked with a request and uploaded to the case once it exists (the request itself goes
// through the offline outbox). The server takes JPEG and PNG up to 5 MB (cases/attachments.ts).
const PHOTO_TYPES = ['image/jpeg', 'image/png'];
const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 6;

/** A native file input with the chosen photos shown as thumbnails, each removable. */
export function RequestPhotos({
  files,
  onChange,
}: {
  files: readonly File[];
  onChange: (files: File[]) => void;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const add = (picked: File[]) => {
    const fit = picked.filter((f) => PHOTO_TYPES.includes(f.type) && f.size <= MAX_BYTES);
    for (const f of picked)
      if (!fit.includes(f)) void message.warning(t('cases.submit.photoRejected', { name: f.name }));
    const next = [...files, ...fit];
    if (next.length > MAX_PHOTOS)
      void message.warning(t('cases.submit.photoTooMany', { max: MAX_PHOTOS }));
    onChange(next.slice(0, MAX_PHOTOS));
  };
  return (
    <div className="lingyan-field">
      <label htmlFor={inputId}>{t('cases.submit.photos')}</label>
      <input
        id={inputId}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        multiple
        aria-describedby={hintId}
        disabled={files.length >= MAX_PHOTOS}
        onChange={(event) => {
          add([...(event.target.files ?? [])]);
          // the same photo can be picked again after it was removed
          event.target.value = '';
        }}
      />
      <small id={hintId}>{t('cases.submit.photosHint', { max: MAX_PHOTOS })}</small>
      {files.length > 0 && (
        <ul className="lingyan-photo-list">
          {files.map((f, i) => (
            <li key={`${f.name}:${i}`}>
              <Thumb file={f} />
              <span>{f.name}</span>
              <Button
                size="small"
                type="text"
                aria-label={t('cases.submit.photoRemove', { name: f.name })}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A thumbnail of a picked file; its object URL lives as long as the image. */
function Thumb({ file }: { file: File }) {
  const show = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(file);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );
  return <img ref={show} alt="" width={48} height={48} />;
}

/** Uploads the photos to the new case one by one; a failed one is named, the case stays. */
export async function uploadRequestPhotos(
  t: Translate,
  caseId: string,
  files: readonly File[],
): Promise<void> {
  let sent = 0;
  for (const f of files) {
    try {
      await caseApi.attach(caseId, f);
      sent++;
    } catch (error) {
      const text = error instanceof ApiError ? error.message : String(error);
      void message.error({
        content: t('cases.submit.photoFailed', { name: f.name, error: text }),
        duration: 8,
      });
    }
  }
  if (sent > 0) void message.success(t('cases.submit.photosSent', { n: sent }));
}
