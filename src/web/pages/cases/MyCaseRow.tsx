import { Button, Flex, Rate, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CaseItem } from '../../api/caseEndpoints.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { STATE_COLORS, ownerText, stateLabel } from './labels.ts';

/** One case in the phone list: its state and owner, and what the user can do about it here. */
export function MyCaseRow({
  item,
  view,
  onAct,
  onOpen,
}: {
  item: CaseItem;
  view: string;
  onAct: (item: CaseItem, body: Record<string, unknown>) => void;
  onOpen: (item: CaseItem) => void;
}) {
  const { t, locale } = useI18n();
  // a rating starts empty: a default would be a rating nobody gave
  const [rating, setRating] = useState(0);
  const rated = rating ? { rating } : {};
  const mineOpen = view === 'mine' && item.state === 'resolved';
  const workable =
    view === 'waiting' && ['assigned', 'in_progress', 'reopened'].includes(item.state);
  return (
    <li className="lingyan-case-row">
      <Flex justify="space-between" gap={8} wrap>
        <button type="button" onClick={() => onOpen(item)} className="lingyan-case-open">
          {item.title}
        </button>
        <Tag color={STATE_COLORS[item.state]}>{stateLabel(t, item.state)}</Tag>
      </Flex>
      <span className="lingyan-muted">
        {t('cases.owner')}：{ownerText(t, item.owner)}
        {item.overdue && (
          <Tag color="red" style={{ marginInlineStart: 8 }}>
            {t('cases.overdue')}
          </Tag>
        )}
      </span>
      {workable && item.dueAt && (
        <span className="lingyan-muted">
          {t('cases.due')}：{formatDateTime(item.dueAt, locale)}
        </span>
      )}
      {item.rating !== null && <span>{t('cases.rated', { rating: item.rating })}</span>}
      {workable && (
        <Space wrap>
          {item.state !== 'in_progress' && (
            <Button onClick={() => onAct(item, { type: 'start' })}>
              {t('cases.action.start')}
            </Button>
          )}
          {/* 办结 and 上报 take a note, a photo and a confirmation: in the case itself */}
          <Button type="primary" onClick={() => onOpen(item)}>
            {t('cases.action.resolve')}
          </Button>
        </Space>
      )}
      {mineOpen && (
        <>
          <Space align="center">
            <span>{t('cases.action.rate')}</span>
            <Rate value={rating} onChange={setRating} aria-label={t('cases.action.rate')} />
          </Space>
          <Space wrap>
            <Button type="primary" onClick={() => onAct(item, { type: 'confirm', ...rated })}>
              {t('cases.action.confirm')}
            </Button>
            <Button
              danger
              onClick={() =>
                onAct(item, { type: 'reject', ...rated, note: t('cases.action.reject') })
              }
            >
              {t('cases.action.reject')}
            </Button>
          </Space>
        </>
      )}
    </li>
  );
}
