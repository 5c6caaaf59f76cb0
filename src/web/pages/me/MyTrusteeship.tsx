import { Button, Card, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { comingSeason } from '../../../domain/economy/trusteeship.ts';
import { currentSeason } from '../../../domain/economy/trusteeshipServices.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { cropKey, modeKey, yuan } from '../economy/labels.ts';
import { trusteeshipApi, type MyTrusteeship as Mine } from '../economy/trusteeshipApi.ts';

type Crop = 'grain' | 'fruit';
type Item = Mine['menu'][number];
const localDay = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** 我家托管 on the phone: the village's menu with prices and savings, a sign-up form, our sign-ups. */
export function MyTrusteeship() {
  const { t } = useI18n();
  const q = useApiQuery((s) => trusteeshipApi.mine(s), []);
  const submit = useSubmit();
  const data = q.data;
  if (!data?.householdId || data.menu.length === 0) return null;
  // retired items still name what a household signed for; only active ones are offered
  const offered = data.menu.filter((i) => i.active);
  const season = String(currentSeason(localDay()).year);
  const served = data.services.filter((r) => r.servedOn.startsWith(season));
  const withdraw = (id: string) =>
    void submit.run(async () => {
      await trusteeshipApi.withdraw(id);
      q.reload();
    });
  const names = new Map(data.menu.map((i) => [i.id, i.name]));
  const active = data.signUps.filter((s) => s.status === 'active');
  return (
    <Card size="small" title={t('econ.trust.mine')} data-testid="my-trusteeship">
      <Flex vertical gap={12}>
        <ErrorAlert error={q.error ?? submit.error} />
        <MenuList menu={offered} />
        {active.length > 0 && (
          <List
            size="small"
            header={<strong>{t('econ.trust.mySignUps')}</strong>}
            dataSource={active}
            renderItem={(s) => (
              <List.Item
                key={s.id}
                actions={
                  s.canWithdraw
                    ? [
                        <Button
                          key="w"
                          size="small"
                          loading={submit.busy}
                          onClick={() => withdraw(s.id)}
                        >
                          {t('econ.trust.withdraw')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Flex vertical>
                  <span>
                    {t('econ.trust.signUpLine', {
                      year: s.year,
                      crop: t(cropKey(s.cropGroup)),
                      area: s.area,
                    })}
                    {' · '}
                    {s.mode === 'fullChain'
                      ? t(modeKey(s.mode))
                      : s.itemIds.map((id) => names.get(id) ?? '?').join('、')}
                  </span>
                  <Typography.Text type="secondary">
                    {t('econ.trust.feeLine', { fee: yuan(s.feeFen), saving: yuan(s.savingFen) })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
        {served.length > 0 && (
          <List
            size="small"
            data-testid="my-trusteeship-services"
            header={<strong>{t('econ.trust.myServices')}</strong>}
            dataSource={served}
            renderItem={(r) => (
              <List.Item key={r.id}>
                <Flex vertical>
                  <span>
                    {t('econ.trust.serviceLine', {
                      date: r.servedOn,
                      item: `${t(cropKey(r.cropGroup))} · ${r.itemName}`,
                      area: r.area,
                    })}
                  </span>
                  <Typography.Text type="secondary">
                    {t('econ.trust.serviceFee', { provider: r.provider, fee: yuan(r.feeFen) })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
        <SignUpForm
          householdId={data.householdId}
          menu={offered}
          taken={new Set(active.map((s) => `${s.year}:${s.cropGroup}`))}
          onDone={q.reload}
        />
      </Flex>
    </Card>
  );
}

function MenuList({ menu }: { menu: Item[] }) {
  const { t } = useI18n();
  return (
    <table className="lingyan-trust-menu" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{t('econ.trust.item')}</th>
          <th style={{ textAlign: 'right' }}>{t('econ.trust.priceShort')}</th>
          <th style={{ textAlign: 'right' }}>{t('econ.trust.savingShort')}</th>
        </tr>
      </thead>
      <tbody>
        {menu.map((i) => (
          <tr key={i.id}>
            <td>
              {t(cropKey(i.cropGroup))} · {i.name}
            </td>
            <td style={{ textAlign: 'right' }}>{yuan(i.pricePerMuFen)}</td>
            <td style={{ textAlign: 'right', color: '#389e0d' }}>{yuan(i.savingPerMuFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SignUpForm(props: {
  householdId: string;
  menu: Item[];
  taken: Set<string>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const groups = [...new Set(props.menu.map((i) => i.cropGroup))];
  const [crop, setCrop] = useState<Crop>(groups[0] ?? 'grain');
  const [mode, setMode] = useState<'fullChain' | 'menu'>('fullChain');
  const [chosen, setChosen] = useState<string[]>([]);
  const [area, setArea] = useState('');
  const submit = useSubmit();
  const season = comingSeason(localDay());
  const offered = props.menu.filter((i) => i.cropGroup === crop);
  const items = mode === 'fullChain' ? offered : offered.filter((i) => chosen.includes(i.id));
  const perMu = items.reduce((n, i) => n + i.pricePerMuFen, 0);
  const savingPerMu = items.reduce((n, i) => n + i.savingPerMuFen, 0);
  const taken = props.taken.has(`${season.year}:${crop}`);
  const send = () =>
    void submit.run(async () => {
      await trusteeshipApi.signUp({
        householdId: props.householdId,
        year: season.year,
        cropGroup: crop,
        mode,
        ...(mode === 'menu' ? { itemIds: chosen } : {}),
        area: Number(area),
        startsOn: season.startsOn,
      });
      setArea('');
      setChosen([]);
      props.onDone();
    });
  const radio = { display: 'flex', gap: 4, alignItems: 'center' } as const;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <Flex vertical gap={8}>
        <strong>{t('econ.trust.signUpTitle', { year: season.year })}</strong>
        <Flex gap={16} wrap>
          {groups.map((g) => (
            <label key={g} style={radio}>
              <input
                type="radio"
                name="crop"
                checked={crop === g}
                onChange={() => {
                  setCrop(g);
                  setChosen([]);
                }}
              />
              {t(cropKey(g))}
            </label>
          ))}
        </Flex>
        <Flex gap={16} wrap>
          {(['fullChain', 'menu'] as const).map((m) => (
            <label key={m} style={radio}>
              <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} />
              {t(modeKey(m))}
            </label>
          ))}
        </Flex>
        {mode === 'menu' && (
          <Flex gap={12} wrap>
            {offered.map((i) => (
              <label key={i.id} style={radio}>
                <input
                  type="checkbox"
                  checked={chosen.includes(i.id)}
                  onChange={(e) =>
                    setChosen(
                      e.target.checked ? [...chosen, i.id] : chosen.filter((c) => c !== i.id),
                    )
                  }
                />
                {i.name}
              </label>
            ))}
          </Flex>
        )}
        <label style={radio}>
          {t('econ.trust.areaInput')}
          <input
            type="number"
            inputMode="decimal"
            min="0.01"
            step="0.01"
            required
            value={area}
            onChange={(e) => setArea(e.target.value)}
            style={{ width: 96, padding: 4 }}
            aria-label={t('econ.trust.areaInput')}
          />
        </label>
        <Typography.Text type="secondary">
          {t('econ.trust.quote', { price: yuan(perMu), saving: yuan(savingPerMu) })}
        </Typography.Text>
        <ErrorAlert error={submit.error} />
        {taken ? (
          <Typography.Text type="secondary">{t('econ.trust.taken')}</Typography.Text>
        ) : (
          <Button
            type="primary"
            htmlType="submit"
            loading={submit.busy}
            disabled={items.length === 0}
          >
            {t('econ.trust.submit')}
          </Button>
        )}
      </Flex>
    </form>
  );
}
