import { Flex, Image, Typography } from 'antd';
import { evidenceUrl, type Activity } from '../../api/obligationEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { typeLabel } from './labels.ts';
import { formatDay } from '../../i18n/format.ts';

/**
 * One recorded activity in a list: day, (type,) what was done, who took part, which households,
 * and its evidence (photos as thumbnails that open large, PDFs as links).
 */
export function ActivityLine({
  activity: a,
  withType = false,
  withParticipants = false,
}: {
  activity: Activity;
  withType?: boolean;
  withParticipants?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <Flex vertical>
      <Typography.Text>
        {formatDay(a.occurredOn, locale)} · {withType && `${typeLabel(t, a.activityType)} · `}
        {a.title}
      </Typography.Text>
      {withParticipants && a.participants.length > 0 && (
        <Typography.Text type="secondary">
          {t('obl.activity.participants')}：{a.participants.map((p) => p.name).join('、')}
        </Typography.Text>
      )}
      {a.households.length > 0 && (
        <Typography.Text type="secondary">
          {t('obl.activity.households')}：{a.households.map((h) => h.headName).join('、')}
        </Typography.Text>
      )}
      {a.evidence.length > 0 && (
        <Flex wrap gap={4} align="center" aria-label={t('obl.activity.evidence')}>
          <Image.PreviewGroup>
            {a.evidence
              .filter((e) => e.contentType.startsWith('image/'))
              .map((e) => (
                <Image
                  key={e.id}
                  src={evidenceUrl(a.id, e.id)}
                  alt={e.name}
                  width={48}
                  height={48}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                />
              ))}
          </Image.PreviewGroup>
          {a.evidence
            .filter((e) => !e.contentType.startsWith('image/'))
            .map((e) => (
              <Typography.Link key={e.id} href={evidenceUrl(a.id, e.id)} target="_blank">
                {e.name}
              </Typography.Link>
            ))}
        </Flex>
      )}
    </Flex>
  );
}
