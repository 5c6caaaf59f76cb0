import { Alert, Button, Empty, message } from 'antd';
import { Suspense, lazy, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useLocation } from '../../router.tsx';
import { caseApi, type CaseItem, type CaseView } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Panel } from '../../components/panel/Panel.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import {
  dismiss,
  enqueue,
  flushOutbox,
  outboxEntries,
  outboxVersion,
  setOutboxOwner,
  subscribeOutbox,
  type OutboxEntry,
} from '../../offline/outbox.ts';
import { useSession } from '../../session.tsx';
import { MyCaseRow } from './MyCaseRow.tsx';
import { QUEUED_TOAST, RequestForm } from './RequestForm.tsx';
import { ViewTabs } from './ViewTabs.tsx';
import './myCases.css';

// 随手办: the phone page for villagers and party members. Every write goes through the outbox, so
// it works the same with or without signal; lists refresh when the outbox has sent something.
// Plain markup instead of antd's List, Tabs, Card and Form keeps it light on a slow phone (issue 15
// part 7).

// The case sheet (history, photos, the handler's steps) loads on the first tap, not with the page.
const CaseDrawer = lazy(() => import('./CaseDrawer.tsx').then((m) => ({ default: m.CaseDrawer })));

function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}

let snapshot: { version: number; entries: OutboxEntry[] } = { version: -1, entries: [] };
const subscribe = (listener: () => void) => subscribeOutbox(listener);
const outboxSnapshot = (): OutboxEntry[] => {
  if (snapshot.version !== outboxVersion())
    snapshot = { version: outboxVersion(), entries: outboxEntries() };
  return snapshot.entries;
};

export default function MyCasesPage() {
  const { t } = useI18n();
  const { username, can } = useSession();
  setOutboxOwner(username);
  const online = useOnline();
  const outbox = useSyncExternalStore(subscribe, outboxSnapshot);
  const panelId = useId();
  // A party member's work comes first: what waits for him, then his own requests.
  const handles = can('cases.handle');
  // `?view=waiting` or `?view=inbox` (the to-do links here) opens that tab
  const asked = useLocation().search.get('view');
  const [view, setView] = useState<CaseView | 'inbox'>(
    asked === 'waiting' || asked === 'inbox' || asked === 'mine'
      ? asked
      : handles
        ? 'waiting'
        : 'mine',
  );
  const [opened, setOpened] = useState<string | null>(null);
  const list = useApiQuery(
    (signal) => caseApi.list({ view: view === 'inbox' ? 'mine' : view, pageSize: 50 }, signal),
    [view],
  );
  const inbox = useApiQuery((signal) => caseApi.inbox(signal), [view]);
  const waiting = outbox.filter((e) => !e.error).length;

  // When the outbox has sent something, the lists show it; try sending on every visit too.
  useEffect(() => {
    const reload = list.reload;
    const off = subscribeOutbox(() => {
      // offline, keep what was last loaded instead of an error in place of the list
      if (navigator.onLine) reload();
      // "saved on this phone" is no longer true once everything is sent
      if (!outboxEntries().some((e) => !e.error)) message.destroy(QUEUED_TOAST);
    });
    void flushOutbox();
    return off;
  }, [list.reload]);
  // Phones do not always say when the signal is back: retry every few seconds while something waits.
  useEffect(() => {
    if (online) void flushOutbox();
    if (waiting === 0) return;
    const timer = window.setInterval(() => void flushOutbox(), 4000);
    return () => window.clearInterval(timer);
  }, [online, waiting]);

  const act = (item: CaseItem, body: Record<string, unknown>) => {
    enqueue({
      path: `/api/v1/cases/${item.id}/actions`,
      body,
      label: `${item.title} · ${String(body.type)}`,
    });
    if (!navigator.onLine)
      void message.info({ key: QUEUED_TOAST, content: t('cases.action.queued') });
  };
  const cases = list.data?.items ?? [];
  const notes = inbox.data?.items ?? [];

  return (
    <div className="lingyan-cases-mobile">
      {!online && <Alert type="warning" showIcon title={t('cases.outbox.offline')} />}
      {!handles && (
        <Panel title={t('cases.submit.title')}>
          <RequestForm />
        </Panel>
      )}
      {outbox.length > 0 && (
        <Panel title={t('cases.outbox.title', { count: waiting })} className="lingyan-outbox">
          <ul className="lingyan-plain-list">
            {outbox.map((e) => (
              <li key={e.key}>
                <span>
                  {e.label}
                  {e.error && (
                    <span className="lingyan-danger">
                      {' '}
                      {t('cases.outbox.refused', { message: e.error })}
                    </span>
                  )}
                </span>
                {e.error && (
                  <Button size="small" onClick={() => dismiss(e.key)}>
                    {t('cases.outbox.dismiss')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Panel>
        <ViewTabs
          panelId={panelId}
          active={view}
          onChange={setView}
          tabs={[
            { key: 'mine', label: t('cases.tab.mine') },
            { key: 'waiting', label: t('cases.tab.waiting') },
            { key: 'inbox', label: t('cases.tab.inbox', { count: inbox.data?.unread ?? 0 }) },
          ]}
        />
        <div id={panelId} role="tabpanel">
          {view === 'inbox' ? (
            notes.length === 0 ? (
              <Empty description={t('cases.empty')} />
            ) : (
              <ul className="lingyan-plain-list">
                {notes.map((n) => (
                  <li key={n.id}>
                    {n.readAt ? (
                      <span>{n.title}</span>
                    ) : (
                      <button
                        type="button"
                        className="lingyan-unread"
                        onClick={() => void caseApi.read(n.id).then(inbox.reload)}
                      >
                        {n.title}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )
          ) : list.error ? (
            <ErrorAlert error={list.error} onRetry={list.reload} />
          ) : cases.length === 0 ? (
            <Empty description={t('cases.empty')} />
          ) : (
            <ul className="lingyan-plain-list">
              {cases.map((item) => (
                <MyCaseRow
                  key={item.id}
                  item={item}
                  view={view}
                  onAct={act}
                  onOpen={(i) => setOpened(i.id)}
                />
              ))}
            </ul>
          )}
        </div>
      </Panel>
      {handles && (
        <details className="lingyan-panel lingyan-fold">
          <summary>{t('cases.submit.title')}</summary>
          <div className="lingyan-panel-body">
            <RequestForm />
          </div>
        </details>
      )}
      {opened && (
        <Suspense fallback={null}>
          <CaseDrawer id={opened} onClose={() => setOpened(null)} onChanged={list.reload} />
        </Suspense>
      )}
    </div>
  );
}
