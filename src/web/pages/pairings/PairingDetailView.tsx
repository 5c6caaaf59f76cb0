import { Button, Card, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { pairingApi, type PairingDetail, type PlanItem } from '../../api/pairingEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate } from '../../router.tsx';
import { ActivityLine } from '../obligations/ActivityLine.tsx';
import { RecordActivityForm } from '../obligations/RecordActivityForm.tsx';
import { useOutboxVersion } from '../obligations/useOutboxVersion.ts';
import { ContactsCard } from './ContactsCard.tsx';
import { periodText } from './labels.ts';
import { PlanItemForm } from './PlanItemForm.tsx';
import { PlanPartCard } from './PlanPartCard.tsx';
import {} from '../../i18n/format.ts';

type Editing = { part: string; item: PlanItem | null } | null;

function RecordCard({ pairing, onSaved }: { pairing: PairingDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const households = pairing.contacts.flatMap((c) =>
    c.households.map((h) => ({ id: h.id, headName: h.headName ?? '' })),
  );
  const planItems = pairing.plan
    .flatMap((p) => p.items)
    .filter((i) => i.status !== 'dropped')
    .map((i) => ({ id: i.id, title: i.title }));
  if (!open)
    return (
      <Button type="primary" block onClick={() => setOpen(true)}>
        {t('obl.mine.record')}
      </Button>
    );
  return (
    <Card size="small" title={t('obl.record.title')}>
      <RecordActivityForm
        subject={{ kind: 'pairing', id: pairing.id, households }}
        personId={pairing.personId}
        planItems={planItems}
        onSaved={() => {
          setOpen(false);
          onSaved();
        }}
      />
    </Card>
  );
}

/** One pairing on the phone: who and when, the six-part work plan, 1+1+N contacts, activities. */
export function PairingDetailView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const version = useOutboxVersion();
  const detail = useApiQuery((signal) => pairingApi.get(id, signal), [id, version]);
  const [editing, setEditing] = useState<Editing>(null);
  const p = detail.data;
  return (
    <Flex vertical gap={12} className="lingyan-cases-mobile">
      <Button
        type="link"
        style={{ alignSelf: 'flex-start', padding: 0 }}
        onClick={() => navigate('/pairings')}
      >
        ← {t('pairing.back')}
      </Button>
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {p && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {p.unit.name} ↔ {p.village.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('pairing.period')} {periodText(t, locale, p.periodStart, p.periodEnd)}
            {p.leader && ` · ${t('pairing.leader')} ${p.leader.name}`}
          </Typography.Text>
          {p.abilities.record && <RecordCard pairing={p} onSaved={detail.reload} />}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('pairing.plan.title')}
          </Typography.Title>
          {p.plan.map((part) => (
            <PlanPartCard
              key={part.part}
              pairingId={p.id}
              part={part}
              editable={p.abilities.editPlan}
              onAdd={() => setEditing({ part: part.part, item: null })}
              onEdit={(item) => setEditing({ part: part.part, item })}
              onChanged={detail.reload}
            />
          ))}
          <ContactsCard contacts={p.contacts} />
          <Card size="small" title={t('pairing.recent.title')}>
            <List
              size="small"
              dataSource={p.recentActivities}
              locale={{ emptyText: t('common.empty') }}
              renderItem={(a) => (
                <List.Item>
                  <ActivityLine activity={a} withType />
                </List.Item>
              )}
            />
          </Card>
          {editing && (
            <PlanItemForm
              pairing={p}
              part={editing.part}
              item={editing.item}
              onClose={() => setEditing(null)}
              onSaved={() => {
                setEditing(null);
                detail.reload();
              }}
            />
          )}
        </>
      )}
    </Flex>
  );
}
