import { Alert, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { JobList } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { jobKindLabel } from '../../components/jobs/jobKindLabel.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, useLocation } from '../../router.tsx';

type JobSummary = JobList['items'][number];

const STATUS_COLOR = { running: 'processing', succeeded: 'success', failed: 'error' } as const;

/** What the job came to: an import's counts or its bad rows, a plan's page. */
function Outcome({ job }: { job: JobSummary }) {
  const { t } = useI18n();
  if (job.status === 'running')
    return (
      <Typography.Text type="secondary">
        {t('jobs.progress', { percent: Math.round(job.progress * 100) })}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={4}>
      {job.counts && <Typography.Text>{t('exchange.succeeded', job.counts)}</Typography.Text>}
      {job.status === 'failed' &&
        (job.failedRows ? (
          <Typography.Text type="danger">
            {t('exchange.failed', { rows: job.failedRows })}
          </Typography.Text>
        ) : (
          <Typography.Text type="danger">{job.message ?? t('exchange.jobFailed')}</Typography.Text>
        ))}
      {job.artifact && (
        <a href={job.artifact.url} download={job.artifact.name}>
          {job.status === 'failed' ? t('exchange.errorFile') : t('jobs.download')}
        </a>
      )}
      {job.kind.startsWith('planning.') && job.status === 'succeeded' && (
        <Link to="/planning">{t('jobs.openPlanning')}</Link>
      )}
    </Flex>
  );
}

/** 我的后台任务: the imports and plans the user started these two weeks, and what each came to. */
export default function MyJobsPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const chosen = search.get('job');
  const jobs = useApiQuery((signal) => directoryApi.myJobs(signal), []);

  // the outcomes on this page have now been seen: they leave the 待办
  useEffect(() => {
    for (const job of jobs.data?.items ?? []) {
      if (job.finishedAt && !job.seenAt) void directoryApi.jobSeen(job.id).catch(() => undefined);
    }
  }, [jobs.data]);

  if (jobs.error) return <ErrorAlert error={jobs.error} />;
  if (!jobs.data) return <Skeleton active />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('nav.myJobs')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('jobs.intro')}</Typography.Paragraph>
      {chosen && !jobs.data.items.some((job) => job.id === chosen) && (
        <Alert type="info" showIcon title={t('jobs.gone')} />
      )}
      {jobs.data.items.length === 0 ? (
        <Empty description={t('jobs.empty')} />
      ) : (
        <ul className="lingyan-job-list" aria-label={t('nav.myJobs')}>
          {jobs.data.items.map((job) => (
            <li key={job.id}>
              <Card
                size="small"
                className={job.id === chosen ? 'lingyan-job-chosen' : undefined}
                title={
                  <Flex gap={8} align="center" wrap>
                    {jobKindLabel(t, job.kind)}
                    <Tag color={STATUS_COLOR[job.status]}>{t(`jobs.status.${job.status}`)}</Tag>
                    {job.finishedAt && !job.seenAt && <Tag color="red">{t('jobs.new')}</Tag>}
                  </Flex>
                }
              >
                <Flex vertical gap={6}>
                  <Typography.Text type="secondary">
                    {t('jobs.started', { at: formatDateTime(job.createdAt, locale) })}
                    {job.finishedAt &&
                      ` · ${t('jobs.finished', { at: formatDateTime(job.finishedAt, locale) })}`}
                  </Typography.Text>
                  <Outcome job={job} />
                </Flex>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
