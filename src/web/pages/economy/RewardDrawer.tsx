import {
  Button,
  Descriptions,
  Drawer,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  message,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import type { Locale, MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { cadreRewardApi, type CadreReward } from './cadreRewardApi.ts';
import { yuan, yuanColumn } from './labels.ts';

// One 干部奖励: the books it stands on, each cadre's amount, and the township's decision (批准, or
// 退回 with a note).

export const REWARD_STATUS_COLOR = {
  proposed: 'orange',
  approved: 'green',
  rejected: 'red',
} as const;
export const rewardStatusKey = (s: CadreReward['status']) =>
  `econ.reward.status.${s}` as MessageKey;

type Cadre = Pick<CadreReward['cadres'][number], 'name' | 'positions' | 'weight' | 'amountFen'>;

/** The cadres' columns (the pool's preview and a reward's amounts): name, positions, weight, 元. */
export function cadreColumns<C extends Cadre>(
  t: ReturnType<typeof useI18n>['t'],
  locale: Locale,
): TableColumnsType<C> {
  return [
    { title: t('econ.reward.cadre'), dataIndex: 'name' },
    {
      title: t('econ.reward.positions'),
      key: 'positions',
      render: (_: unknown, c: C) =>
        c.positions.map((p) => labelOf(POSITIONS, p, locale)).join('、'),
    },
    { title: t('econ.reward.weight'), dataIndex: 'weight', align: 'right' },
    yuanColumn(t('econ.reward.amount'), 'amount', (c: C) => c.amountFen),
  ];
}

export function RewardDrawer(props: { id: string; onClose: () => void; onChanged: () => void }) {
  const { id, onClose, onChanged } = props;
  const { t, locale } = useI18n();
  const q = useApiQuery((s) => cadreRewardApi.get(id, s), [id]);
  const submit = useSubmit();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const r = q.data;
  const decide = (approve: boolean) =>
    void submit.run(async () => {
      await cadreRewardApi.decide(id, approve ? { approve } : { approve, note });
      void message.success(t(approve ? 'econ.reward.approved' : 'econ.reward.rejected'));
      setRejecting(false);
      q.reload();
      onChanged();
    });
  return (
    <Drawer
      open
      width="min(640px, 100vw)"
      onClose={onClose}
      title={r ? `${r.villageName} ${r.year} ${t('econ.tab.rewards')}` : ''}
    >
      <ErrorAlert error={q.error ?? submit.error} />
      {r && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('econ.reward.status')}>
              <Tag color={REWARD_STATUS_COLOR[r.status]}>{t(rewardStatusKey(r.status))}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.reward.thisYear')}>
              {yuan(r.thisYearFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.reward.lastYear')}>
              {yuan(r.lastYearFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.reward.poolFen')}>
              {yuan(r.poolFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.reward.total')}>{yuan(r.totalFen)}</Descriptions.Item>
            {r.decisionNote && (
              <Descriptions.Item label={t('econ.reward.note')}>{r.decisionNote}</Descriptions.Item>
            )}
          </Descriptions>
          {r.can.decide && (
            <Space>
              <Popconfirm title={t('econ.reward.approveConfirm')} onConfirm={() => decide(true)}>
                <Button type="primary" loading={submit.busy}>
                  {t('econ.reward.approve')}
                </Button>
              </Popconfirm>
              <Button danger onClick={() => setRejecting(true)}>
                {t('econ.reward.reject')}
              </Button>
            </Space>
          )}
          <Table
            rowKey="personId"
            size="small"
            pagination={false}
            dataSource={r.cadres}
            columns={cadreColumns(t, locale)}
          />
        </Space>
      )}
      <Modal
        open={rejecting}
        title={t('econ.reward.reject')}
        okButtonProps={{ danger: true, loading: submit.busy, disabled: !note.trim() }}
        onOk={() => decide(false)}
        onCancel={() => setRejecting(false)}
      >
        <Input.TextArea
          aria-label={t('econ.reward.rejectNote')}
          placeholder={t('econ.reward.rejectNote')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </Drawer>
  );
}
