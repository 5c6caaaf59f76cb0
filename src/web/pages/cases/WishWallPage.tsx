import { Button, Card, Col, Empty, Row, Skeleton, Tag, Typography, message } from 'antd';
import { caseApi } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';

/** 微心愿墙: what villagers wish for, with masked names and nothing else identifying. */
export default function WishWallPage() {
  const { t } = useI18n();
  const { roles, can } = useSession();
  const claim = async (id: string) => {
    try {
      await caseApi.act(id, { type: 'claim' });
      void message.success(t('wishes.claimed'));
      wall.reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  // a unit's or a union's staff hold no region code: the server reads the places they may read
  const region = roles.find((r) => /^\d{12}$/.test(r.scope))?.scope;
  const wall = useApiQuery((signal) => caseApi.wall(region, signal), [region]);
  if (wall.error) return <ErrorAlert error={wall.error} onRetry={wall.reload} />;
  if (!wall.data) return <Skeleton active />;
  return (
    <Card title={t('wishes.title')}>
      {wall.data.items.length === 0 ? (
        <Empty />
      ) : (
        <Row gutter={[12, 12]}>
          {wall.data.items.map((w) => (
            <Col key={w.id} xs={24} sm={12} lg={8}>
              <Card size="small" className="lingyan-wish">
                <Typography.Text strong>{w.title}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {t('wishes.by', { name: w.wisher })} · {w.createdOn}
                  </Typography.Text>
                </div>
                <div style={{ marginTop: 8 }}>
                  {w.fulfilled ? (
                    <Tag color="green">{t('wishes.fulfilled')}</Tag>
                  ) : w.claimed ? (
                    <Tag color="blue">{t('wishes.claimed')}</Tag>
                  ) : (
                    <Tag color="orange">{t('wishes.open')}</Tag>
                  )}
                  {w.claimedByTeam && (
                    <Typography.Text>{t('wishes.team', { team: w.claimedByTeam })}</Typography.Text>
                  )}
                  {!w.claimed && !w.fulfilled && can('cases.handle') && (
                    <Button size="small" type="primary" onClick={() => void claim(w.id)}>
                      {t('wishes.claim')}
                    </Button>
                  )}
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
