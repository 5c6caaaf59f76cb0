import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useRef } from 'react';
import { exchangeLinks } from '../../api/directoryEndpoints.ts';
import type { ExchangeEntity } from '../../api/directoryEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { useImportJob } from './useImportJob.ts';
import type { ImportState } from './useImportJob.ts';

interface ExchangeToolbarProps {
  entity: ExchangeEntity;
  /** The list's current filters: the export holds what the list shows. */
  filters: Readonly<Record<string, string | undefined>>;
  canImport: boolean;
  onImported: () => void;
  /** Where 导出 downloads from, when the list's export is not the exchange's (the economy's). */
  exportUrl?: string;
}

// Shown under the failure: the first rows' problems; the error file has every one.
const PROBLEMS_SHOWN = 5;

function ImportOutcome({ state, onClose }: { state: ImportState; onClose: () => void }) {
  const { t, locale } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div role="status" aria-live="polite">
          <Typography.Text type="secondary">{t('exchange.running')}</Typography.Text>
          <Progress percent={Math.round(state.progress * 100)} status="active" />
        </div>
      );
    case 'error':
      return <ErrorAlert error={state.error} />;
    case 'succeeded': {
      const counts = state.result?.counts ?? { created: 0, updated: 0, unchanged: 0 };
      return (
        <Alert
          type="success"
          showIcon
          closable={{ onClose }}
          title={t('exchange.succeeded', counts)}
        />
      );
    }
    case 'failed': {
      const problems = state.result?.problems.slice(0, PROBLEMS_SHOWN) ?? [];
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose }}
          title={
            state.result
              ? t('exchange.failed', { rows: state.result.failedRows })
              : t('exchange.jobFailed')
          }
          description={
            <Flex vertical gap={4}>
              {problems.map((problem, index) => (
                <Typography.Text key={`${problem.row}-${index}`} type="secondary">
                  {t('exchange.problemRow', { row: problem.row })}：
                  {locale === 'en' ? problem.en : problem.zh}
                </Typography.Text>
              ))}
              {state.artifact && (
                <a href={state.artifact.url} download={state.artifact.name}>
                  {t('exchange.errorFile')}
                </a>
              )}
            </Flex>
          }
        />
      );
    }
  }
}

/** 下载模板 / 导入 / 导出 for a directory list, with the import job's progress and outcome. */
export function ExchangeToolbar({
  entity,
  filters,
  canImport,
  onImported,
  exportUrl,
}: ExchangeToolbarProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { state, start, dismiss } = useImportJob(entity, onImported);
  const running = state.phase === 'running';

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Button href={exchangeLinks.template(entity)} download>
          {t('exchange.template')}
        </Button>
        {canImport && (
          <>
            <Button loading={running} onClick={() => input.current?.click()}>
              {t('exchange.import')}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('exchange.import')}
              style={{ display: 'none' }}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = ''; // the same file can be chosen again after fixing it
                if (file) void start(file);
              }}
            />
          </>
        )}
        <Button href={exportUrl ?? exchangeLinks.export(entity, filters)} download>
          {t('exchange.export')}
        </Button>
      </Flex>
      <ImportOutcome state={state} onClose={dismiss} />
    </Flex>
  );
}
