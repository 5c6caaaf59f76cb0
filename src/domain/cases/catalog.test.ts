import { describe, expect, it } from 'vitest';
import {
  CATALOG_PRESETS,
  KIND_PRESETS,
  SERVICE_PRESETS,
  caseTypeProblem,
  effectiveCatalog,
  fieldProblems,
  startingStep,
} from './catalog.ts';

describe('case catalog presets', () => {
  it('ships the 36 代办事项 of a 党群服务中心: 36 distinct codes and names, all valid, window-handled', () => {
    expect(SERVICE_PRESETS).toHaveLength(36);
    expect(new Set(SERVICE_PRESETS.map((t) => t.code)).size).toBe(36);
    expect(new Set(SERVICE_PRESETS.map((t) => t.name.zh)).size).toBe(36);
    expect(new Set(SERVICE_PRESETS.map((t) => t.name.en)).size).toBe(36);
    for (const t of SERVICE_PRESETS) {
      expect(caseTypeProblem(t), t.code).toBeNull();
      expect(t).toMatchObject({ kind: 'service', handler: 'window', active: true });
      expect(startingStep(t)).toBe('window');
    }
  });

  it('spans certificates, social insurance, pension, medical insurance, subsidies, land and housing', () => {
    const groups = new Map<string, string[]>();
    for (const t of SERVICE_PRESETS)
      groups.set(t.group, [...(groups.get(t.group) ?? []), t.name.zh]);
    for (const g of ['证明开具', '社会保险', '养老保险', '医疗保险', '补贴', '土地', '住房'])
      expect(groups.get(g)?.length ?? 0, g).toBeGreaterThan(0);
    expect(groups.get('证明开具')?.every((n) => n.endsWith('证明'))).toBe(true);
    expect(groups.get('养老保险')?.every((n) => n.includes('养老'))).toBe(true);
    expect(groups.get('医疗保险')?.some((n) => n.includes('医疗保险'))).toBe(true);
    expect(groups.get('土地')).toContain('宅基地申请');
    expect(groups.get('住房')).toContain('危房改造申请');
  });

  it('ships the other kinds: 群众诉求, 微心愿, 矛盾纠纷, 意见建议, 民生实事, each valid', () => {
    expect(new Set(KIND_PRESETS.map((t) => t.kind))).toEqual(
      new Set(['request', 'wish', 'dispute', 'opinion', 'matter']),
    );
    for (const t of KIND_PRESETS) expect(caseTypeProblem(t), t.code).toBeNull();
    expect(KIND_PRESETS.find((t) => t.kind === 'dispute')?.handler).toBe('mediator');
    expect(KIND_PRESETS.find((t) => t.code === 'request')?.ladder).toEqual([
      'L4',
      'L3',
      'L2',
      'L1',
      'township',
      'county',
    ]);
    expect(new Set(CATALOG_PRESETS.map((t) => t.code)).size).toBe(CATALOG_PRESETS.length);
  });

  it('lets a county override a preset by code and add its own types', () => {
    const road = KIND_PRESETS.find((t) => t.code === 'road');
    if (!road) throw new Error('road preset');
    const catalog = effectiveCatalog([
      { ...road, slaHours: 24 },
      { ...road, code: 'stray-dogs' },
    ]);
    expect(catalog).toHaveLength(CATALOG_PRESETS.length + 1);
    expect(catalog.find((t) => t.code === 'road')?.slaHours).toBe(24);
  });

  it('refuses ladders that do not climb, duplicate rungs or fields, and selects without options', () => {
    const road = KIND_PRESETS.find((t) => t.code === 'road');
    if (!road) throw new Error('road preset');
    expect(caseTypeProblem({ ...road, ladder: ['county', 'L4'] })).toMatch(/climb/);
    expect(caseTypeProblem({ ...road, ladder: ['L4', 'L4'] })).toMatch(/twice/);
    expect(caseTypeProblem({ ...road, ladder: [] })).toMatch(/rung/);
    const field = {
      code: 'x',
      label: { zh: 'x', en: 'x' },
      type: 'select' as const,
      required: true,
    };
    expect(caseTypeProblem({ ...road, fields: [field] })).toMatch(/options/);
    expect(
      caseTypeProblem({
        ...road,
        fields: [
          { ...field, type: 'text' },
          { ...field, type: 'text' },
        ],
      }),
    ).toMatch(/twice/);
  });

  it('checks submitted field values: required, typed, known', () => {
    const dispute = KIND_PRESETS.find((t) => t.code === 'dispute');
    if (!dispute) throw new Error('dispute preset');
    expect(fieldProblems(dispute, { disputeType: '土地' })).toEqual([]);
    expect(fieldProblems(dispute, {})).toEqual([
      { path: 'fields.disputeType', message: 'required' },
    ]);
    expect(fieldProblems(dispute, { disputeType: '打架' })[0]?.path).toBe('fields.disputeType');
    expect(fieldProblems(dispute, { disputeType: '土地', other: 1 })).toEqual([
      { path: 'fields.other', message: 'not a field of this case type' },
    ]);
  });
});
