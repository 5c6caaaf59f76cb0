export interface DemoCountyOptions {
  /** Same seed, same county, on every machine. */
  seed: string;
  /** Counties to generate (for scale runs); the first is 示范县 410599. */
  counties: number;
  /** Townships per county (街道, 镇 and 乡 in about 1 : 4 : 1). */
  townships: number;
  /** Administrative villages (村) per county. */
  villages: number;
  /** Communities (社区) per county. */
  communities: number;
  /** Mean village population; when unset populations spread over 300–3,000. */
  peoplePerVillage: number | null;
  /** County units (at most 50, the catalogue's length). */
  units: number;
  /** Staff generated per county unit (first secretaries and 1+1+N unit members come from them). */
  staffPerUnit: number;
  /** Include the 振兴村-like model village with 16 street service stations. */
  modelVillage: boolean;
  /** The "today" of the generated data: ages, terms and the coverage report are taken on it. */
  referenceDate: string;
  /**
   * Months of 随手办 history before the current one in every village but the model village
   * (domain/cases/demoHistory.ts), so the dashboard's trends have records behind them; 0 for none.
   */
  caseHistoryMonths: number;
}

export const DEFAULT_DEMO_COUNTY: Readonly<DemoCountyOptions> = {
  seed: 'lingyan',
  counties: 1,
  townships: 12,
  villages: 280,
  communities: 20,
  peoplePerVillage: null,
  units: 50,
  staffPerUnit: 6,
  modelVillage: true,
  referenceDate: '2025-06-30',
  caseHistoryMonths: 11,
};

/** A tiny county for the foundation seed and fast tests: 2 townships, 6 villages, 1 community. */
export const demoCountySmall: Readonly<Partial<DemoCountyOptions>> = {
  townships: 2,
  villages: 6,
  communities: 1,
  peoplePerVillage: 150,
  units: 6,
  staffPerUnit: 4,
  caseHistoryMonths: 0,
};

export function resolveOptions(options: Partial<DemoCountyOptions> = {}): DemoCountyOptions {
  const o = { ...DEFAULT_DEMO_COUNTY, ...options };
  const positive = (n: number, what: string, min = 1): void => {
    if (!Number.isInteger(n) || n < min)
      throw new RangeError(`${what} must be an integer ≥ ${min}`);
  };
  positive(o.counties, 'counties');
  positive(o.townships, 'townships');
  positive(o.villages, 'villages', 0);
  positive(o.communities, 'communities', 0);
  positive(o.units, 'units', 2);
  positive(o.staffPerUnit, 'staffPerUnit', 2);
  positive(o.caseHistoryMonths, 'caseHistoryMonths', 0);
  if (o.counties > 150)
    throw new RangeError('counties must be ≤ 150 (county codes are 41 05–19 90–99)');
  if (o.townships > 99 + 100 + 200) throw new RangeError('too many townships for the code space');
  if (o.units > 50) throw new RangeError('units must be ≤ 50');
  if (o.peoplePerVillage !== null && (o.peoplePerVillage < 60 || o.peoplePerVillage > 20_000)) {
    throw new RangeError('peoplePerVillage must be 60–20,000');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.referenceDate))
    throw new RangeError('referenceDate must be YYYY-MM-DD');
  return o;
}
