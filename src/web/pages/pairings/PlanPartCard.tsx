import { Button, Card, Flex, List, Popconfirm, Tag, Typography, message } from 'antd';
import { pairingApi, type PairingDetail, type PlanItem } from '../../api/pairingEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { ITEM_STATUS_COLORS, itemStatusLabel, partLabel, sideLabel } from './labels.ts';
import { formatDay } from '../../i18n/format.ts';

type Part = PairingDetail['plan'][number];

function ItemLine({
  pairingId,
  item,
  editable,
  onEdit,
  onChanged,
}: {
  pairingId: string;
  item: PlanItem;
  editable: boolean;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const { activities, lastOn } = item.progress;
  const remove = async () => {
    try {
      await pairingApi.deleteItem(pairingId, item.id);
      onChanged();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex vertical gap={2} style={{ width: '100%' }} data-testid="plan-item">
      <Flex justify="space-between" gap={8}>
        <Typography.Text strong delete={item.status === 'dropped'}>
          {item.title}
        </Typography.Text>
        <Tag color={ITEM_STATUS_COLORS[item.status]}>{itemStatusLabel(t, item.status)}</Tag>
      </Flex>
      {item.description && <Typography.Text type="secondary">{item.description}</Typography.Text>}
      <Typography.Text type="secondary">
        {item.owner?.name ?? sideLabel(t, item.ownerSide)}
        {item.dueOn && ` · ${t('pairing.plan.due', { date: formatDay(item.dueOn, locale) })}`}
        {' · '}
        {lastOn
          ? t('pairing.plan.progressLast', { n: activities, date: formatDay(lastOn, locale) })
          : t('pairing.plan.progress', { n: activities })}
      </Typography.Text>
      {editable && (
        <Flex gap={8}>
          <Button size="small" onClick={onEdit}>
            {t('pairing.plan.edit')}
          </Button>
          {activities === 0 && (
            <Popconfirm title={t('pairing.plan.deleteConfirm')} onConfirm={() => void remove()}>
              <Button size="small" danger>
                {t('pairing.plan.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
    </Flex>
  );
}

/** One of the six parts (组织共建 … 品牌共创) with its items and, for planners, add/edit/delete. */
export function PlanPartCard({
  pairingId,
  part,
  editable,
  onAdd,
  onEdit,
  onChanged,
}: {
  pairingId: string;
  part: Part;
  editable: boolean;
  onAdd: () => void;
  onEdit: (item: PlanItem) => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={partLabel(t, part.part)}
      data-testid={`plan-part-${part.part}`}
      extra={
        editable && (
          <Button size="small" type="link" onClick={onAdd}>
            {t('pairing.plan.add')}
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={part.items}
        locale={{ emptyText: t('pairing.plan.empty') }}
        renderItem={(item) => (
          <List.Item>
            <ItemLine
              pairingId={pairingId}
              item={item}
              editable={editable}
              onEdit={() => onEdit(item)}
              onChanged={onChanged}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
