import { Flex, Typography } from 'antd';
import type { Activity } from '../../api/obligationEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { typeLabel } from './labels.ts';

/** One recorded activity in a list: day, (type,) what was done, who took part, which households. */
export function ActivityLine({
  activity: a,
  withType = false,
  withParticipants = false,
}: {
  activity: Activity;
  withType?: boolean;
  withParticipants?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Flex vertical>
      <Typography.Text>
        {a.occurredOn} · {withType && `${typeLabel(t, a.activityType)} · `}
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
    </Flex>
  );
}
