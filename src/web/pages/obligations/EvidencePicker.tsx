import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, message, type UploadFile } from 'antd';
import { ApiError } from '../../api/client.ts';
import { obligationApi } from '../../api/obligationEndpoints.ts';
import { useI18n, type Translate } from '../../i18n/useI18n.ts';

// An activity's optional evidence on the phone: photos (or a PDF) picked with the form and
// uploaded once the activity exists — the activity itself goes through the offline outbox.
export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';
const MAX_BYTES = 8 * 1024 * 1024;
const MAX_FILES = 9;

/** The picker: holds the chosen files in the form until it is submitted. */
export function EvidencePicker({
  value = [],
  onChange,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}) {
  const { t } = useI18n();
  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      multiple
      listType="picture"
      maxCount={MAX_FILES}
      fileList={value}
      beforeUpload={(file) => {
        if (file.size > MAX_BYTES) {
          void message.warning(t('obl.record.photoTooLarge', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return false;
      }}
      onChange={({ fileList }) => onChange?.(fileList)}
    >
      <Button icon={<UploadOutlined />}>{t('obl.record.photos')}</Button>
    </Upload>
  );
}

/** Uploads the picked files to the recorded activity, one by one, and says how it went. */
export async function uploadEvidence(
  t: Translate,
  activityId: string,
  files: readonly UploadFile[],
): Promise<void> {
  let sent = 0;
  for (const f of files) {
    if (!f.originFileObj) continue;
    try {
      await obligationApi.addEvidence(activityId, f.originFileObj);
      sent++;
    } catch (error) {
      const text = error instanceof ApiError ? error.message : String(error);
      void message.error(t('obl.record.photosFailed', { name: f.name, error: text }));
    }
  }
  if (sent > 0) void message.success(t('obl.record.photosSent', { n: sent }));
}
