import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  InputNumber,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  message,
} from 'antd';
import { useState } from 'react';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { TWO_COMMITTEES_POSITIONS } from '../../../domain/economy/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { cadreRewardApi, type CadreRewardList, type RewardPool } from './cadreRewardApi.ts';
import { yuan, yuanColumn } from './labels.ts';
import { economyLinks } from './economyApi.ts';
import {
  cadreColumns,
  REWARD_STATUS_COLOR,
  RewardDrawer,
  rewardStatusKey,
} from './RewardDrawer.tsx';
import { divisionKey, RewardRuleModal } from './RewardRuleModal.tsx';

// 干部奖励 (issue 13 part 7): the county's rule for the year, a village's pool from its income
// increment (from the ledger) with the rule's division as a preview and the proposal, and the
// rewards in view, each opening to the township's decision.

type RewardRow = CadreRewardList['items'][number];
const isVillage = (code: string | undefined): code is string => !!code && !code.endsWith('000');

export function CadreRewardsTab({
  region,
  initialYear,
  initialReward,
}: {
  region: string | undefined;
  /** The year and reward to open with (the to-do's links). */
  initialYear?: number | undefined;
  initialReward?: string | undefined;
}) {
  const { t } = useI18n();
  const session = useSession();
  const home = session.roles[0]?.scope;
  const village = isVillage(region) ? region : isVillage(home) ? home : undefined;
  const county = (region ?? home ?? '').slice(0, 6);
  const [year, setYear] = useState(
    () => initialYear ?? Number(shanghaiDate(new Date()).slice(0, 4)),
  );
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | undefined>(initialReward);
  const list = useApiQuery((s) => cadreRewardApi.list(region, s), [region, version]);
  const changed = () => setVersion((v) => v + 1);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        {t('econ.reward.year')}
        <InputNumber
          aria-label={t('econ.reward.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      {county && <RuleCard county={county} year={year} version={version} onSaved={changed} />}
      {village ? (
        <PoolCard village={village} year={year} version={version} onProposed={changed} />
      ) : (
        <Alert type="info" showIcon message={t('econ.reward.pickVillage')} />
      )}
      <Card
        size="small"
        title={t('econ.reward.list')}
        extra={
          // what the list shows (every year of the villages in view), as .xlsx
          <Button size="small" href={economyLinks.export('rewards', region)} download>
            {t('econ.export')}
          </Button>
        }
      >
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<RewardRow>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('econ.reward.empty') }}
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          scroll={{ x: 640 }}
          columns={[
            { title: t('econ.reward.village'), dataIndex: 'villageName' },
            { title: t('econ.reward.year'), dataIndex: 'year' },
            yuanColumn(t('econ.reward.poolFen'), 'pool', (r: RewardRow) => r.poolFen),
            yuanColumn(t('econ.reward.total'), 'total', (r: RewardRow) => r.totalFen),
            {
              title: t('econ.reward.status'),
              key: 'status',
              render: (_: unknown, r: RewardRow) => (
                <Tag color={REWARD_STATUS_COLOR[r.status]}>{t(rewardStatusKey(r.status))}</Tag>
              ),
            },
          ]}
        />
      </Card>
      {open && <RewardDrawer id={open} onClose={() => setOpen(undefined)} onChanged={changed} />}
    </Space>
  );
}

function RuleCard(props: { county: string; year: number; version: number; onSaved: () => void }) {
  const { county, year, version, onSaved } = props;
  const { t, locale } = useI18n();
  const q = useApiQuery((s) => cadreRewardApi.rule(county, year, s), [county, year, version]);
  const [editing, setEditing] = useState(false);
  const rule = q.data?.rule ?? null;
  return (
    <Card
      size="small"
      title={`${year} ${t('econ.reward.rule')}`}
      extra={
        q.data?.can.set && (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('econ.reward.setRule')}
          </Button>
        )
      }
    >
      <ErrorAlert error={q.error} onRetry={q.reload} />
      {q.data && !rule && <Alert type="warning" showIcon message={t('econ.reward.ruleUnset')} />}
      {rule && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('econ.reward.share')}>{rule.shareBp / 100}</Descriptions.Item>
          <Descriptions.Item label={t('econ.reward.division')}>
            {t(divisionKey(rule.division))}
          </Descriptions.Item>
          <Descriptions.Item label={t('econ.reward.villageCap')}>
            {yuan(rule.villageCapFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('econ.reward.cadreCap')}>
            {yuan(rule.cadreCapFen)}
          </Descriptions.Item>
          {rule.division === 'byPosition' && (
            <Descriptions.Item label={t('econ.reward.weights')} span={2}>
              {TWO_COMMITTEES_POSITIONS.map(
                (p) => `${labelOf(POSITIONS, p, locale)} ${rule.weights[p]}`,
              ).join(' · ')}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {editing && (
        <RewardRuleModal
          county={county}
          year={year}
          rule={rule}
          onClose={() => setEditing(false)}
          onSaved={() => {
            q.reload();
            onSaved();
          }}
        />
      )}
    </Card>
  );
}

type PoolCadre = RewardPool['cadres'][number];

function PoolCard(props: {
  village: string;
  year: number;
  version: number;
  onProposed: () => void;
}) {
  const { village, year, version, onProposed } = props;
  const { t, locale } = useI18n();
  const q = useApiQuery((s) => cadreRewardApi.pool(village, year, s), [village, year, version]);
  const submit = useSubmit();
  const [unchecked, setUnchecked] = useState<string[]>([]);
  const p = q.data;
  const chosen = (p?.cadres ?? []).filter((c) => !unchecked.includes(c.personId));
  const propose = () =>
    void submit.run(async () => {
      await cadreRewardApi.propose({ village, year, cadres: chosen.map((c) => c.personId) });
      void message.success(t('econ.reward.proposed'));
      q.reload();
      onProposed();
    });
  const stat = (title: string, fen: number | undefined) => (
    <Col xs={12} md={6}>
      <Statistic title={title} value={fen === undefined ? '—' : yuan(fen)} />
    </Col>
  );
  return (
    <Card size="small" title={t('econ.reward.pool')} data-testid="reward-pool">
      <ErrorAlert error={q.error ?? submit.error} onRetry={q.reload} />
      <Row gutter={16}>
        {stat(t('econ.reward.thisYear'), p?.thisYearFen)}
        {stat(t('econ.reward.lastYear'), p?.lastYearFen)}
        {stat(t('econ.reward.increment'), p?.incrementFen)}
        {stat(t('econ.reward.poolFen'), p?.poolFen)}
      </Row>
      {p && p.incrementFen <= 0 && (
        <Alert
          type="info"
          showIcon
          message={t('econ.reward.noIncrement')}
          style={{ marginTop: 12 }}
        />
      )}
      <Table<PoolCadre>
        rowKey="personId"
        size="small"
        style={{ marginTop: 12 }}
        pagination={false}
        dataSource={p?.cadres ?? []}
        rowSelection={
          p?.can.propose
            ? {
                selectedRowKeys: chosen.map((c) => c.personId),
                onChange: (keys) =>
                  setUnchecked(
                    (p.cadres ?? []).map((c) => c.personId).filter((id) => !keys.includes(id)),
                  ),
              }
            : undefined
        }
        columns={cadreColumns<PoolCadre>(t, locale)}
      />
      {p?.can.propose && (
        <Space style={{ marginTop: 12 }}>
          <span>
            {t('econ.reward.payable')}：{yuan(p.payableFen)}
          </span>
          <Popconfirm title={t('econ.reward.proposeConfirm')} onConfirm={propose}>
            <Button type="primary" loading={submit.busy} disabled={chosen.length === 0}>
              {t('econ.reward.propose')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
