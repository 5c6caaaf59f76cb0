import { describe, expect, it } from 'vitest';
import { currentSeason, priceService, seasonWindow } from './trusteeshipServices.ts';

// Service records priced from the sign-up, never typed.

const signUp = {
  year: 2027,
  startsOn: '2027-03-01',
  status: 'active',
  itemIds: ['plough', 'harvest'],
  itemPrices: { plough: 6_000, harvest: 5_000 },
  areaHundredths: 1_050,
};
const today = '2027-06-15';

describe('priceService', () => {
  it('prices the area at the item’s price fixed at signing, rounded to the 分', () => {
    expect(
      priceService(signUp, { itemId: 'harvest', servedOn: '2027-06-01', area: 3.33 }, today, 0),
    ).toEqual({ ok: { areaHundredths: 333, pricePerMuFen: 5_000, feeFen: 16_650 } });
  });

  it('allows what is left of the signed area for the item, and not a hundredth more', () => {
    const draft = { itemId: 'plough', servedOn: '2027-03-02', area: 0.5 };
    expect('ok' in priceService(signUp, draft, today, 1_000)).toBe(true);
    expect(priceService(signUp, { ...draft, area: 0.51 }, today, 1_000)).toMatchObject({
      problems: [{ path: 'area' }],
    });
  });

  it('names each field that is wrong', () => {
    const r = priceService(
      { ...signUp, status: 'withdrawn' },
      { itemId: 'sow', servedOn: '2027-06-16', area: 0 },
      today,
      0,
    );
    expect('problems' in r && r.problems.map((p) => p.path)).toEqual([
      'signUp',
      'itemId',
      'servedOn',
      'area',
    ]);
    const early = priceService(
      signUp,
      { itemId: 'plough', servedOn: '2027-02-28', area: 1 },
      today,
      0,
    );
    expect(early).toMatchObject({ problems: [{ path: 'servedOn' }] });
  });
});

describe('seasons', () => {
  it('runs a season from its start to the end of its year', () => {
    expect(seasonWindow(signUp)).toEqual({ from: '2027-03-01', to: '2027-12-31' });
  });

  it('takes the season under way: this year’s from 1 March, else last year’s', () => {
    expect(currentSeason('2027-02-28')).toEqual({ year: 2026, startsOn: '2026-03-01' });
    expect(currentSeason('2027-03-01')).toEqual({ year: 2027, startsOn: '2027-03-01' });
  });
});
