import { Alert, Card, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_UNION_RULES } from '../../api/planningTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { PlanResultView } from './PlanResultView.tsx';
import { RulesForm } from './RulesForm.tsx';
import type { PlanningForm } from './RulesForm.tsx';
import { usePlanningJob } from './usePlanningJob.ts';

/** 跨村联建规划: run the planner, adjust the proposal on the map with the rules rechecked, adopt. */
export default function PlanningPage() {
  const { t } = useI18n();
  const { roles } = useSession();
  const [form, setForm] = useState<PlanningForm>({
    region: roles[0]?.scope ?? '',
    rules: DEFAULT_UNION_RULES,
    timeLimitSeconds: 30,
  });
  const [planRegion, setPlanRegion] = useState(form.region);
  const job = usePlanningJob();
  const state = job.state;

  const run = () => {
    setPlanRegion(form.region);
    void job.start(form.region, form.rules, form.timeLimitSeconds);
  };

  return (
    <Card title={t('planning.title')}>
      <Flex vertical gap={16}>
        <RulesForm
          value={form}
          onChange={setForm}
          onRun={run}
          running={state.phase === 'running'}
        />
        {state.phase === 'running' && (
          <div className="lingyan-planning-progress">
            <Typography.Text type="secondary">{t('planning.running')}</Typography.Text>
            <Progress percent={Math.round(state.progress * 100)} status="active" />
          </div>
        )}
        {state.phase === 'failed' && (
          <Alert type="error" showIcon title={t('planning.failed', { message: state.message })} />
        )}
        {state.phase === 'error' && <ErrorAlert error={state.error} />}
        {state.phase === 'succeeded' && (
          <PlanResultView region={planRegion} result={state.result} />
        )}
      </Flex>
    </Card>
  );
}
