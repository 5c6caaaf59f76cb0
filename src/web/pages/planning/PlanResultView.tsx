import { Alert, Button, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { UnionPlanResult } from '../../api/planningTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { MovePanel } from './MovePanel.tsx';
import { boundText, escapeHtml, reasonText, violationKey, violationText } from './planText.ts';
import { UnassignedTable } from './UnassignedTable.tsx';
import type { UnassignedRow } from './UnassignedTable.tsx';
import { UnionMap } from './UnionMap.tsx';
import { UnionsTable } from './UnionsTable.tsx';
import type { UnionRow } from './UnionsTable.tsx';
import { useUnionEditor } from './useUnionEditor.ts';

/** The planner's proposal: map, unions, villages left out, the move panel and 采纳方案. */
export function PlanResultView({ region, result }: { region: string; result: UnionPlanResult }) {
  const { t, locale } = useI18n();
  const editor = useUnionEditor(region, result);
  const [selected, setSelected] = useState<string | null>(null);
  const villages = useMemo(() => new Map(result.villages.map((v) => [v.code, v])), [result]);
  const planReasons = useMemo(
    () => new Map(result.plan.unassigned.map((u) => [u.code, u.reason])),
    [result],
  );
  const name = (code: string) => villages.get(code)?.name ?? code;

  const rows: UnionRow[] = editor.unions.map((u, index) => ({
    ...u,
    index,
    population: u.members.reduce((sum, m) => sum + (villages.get(m)?.population ?? 0), 0),
    cost: editor.check
      ? (editor.check.unions.find((c) => c.lead === u.lead)?.cost ?? null)
      : (result.plan.unions.find((p) => p.lead === u.lead)?.cost ?? null),
  }));
  const inUnion = new Set(editor.unions.flatMap((u) => u.members));
  const reasonOf = (code: string) => {
    const reason = planReasons.get(code);
    return reason ? reasonText(t, reason) : t('planning.reason.movedOut');
  };
  const unassigned: UnassignedRow[] = [
    ...result.villages
      .filter((v) => !inUnion.has(v.code))
      .map((v) => ({
        code: v.code,
        name: v.name,
        population: v.population,
        reason: reasonOf(v.code),
      })),
    ...result.skipped.map((s) => ({
      code: s.code,
      name: s.name,
      population: null,
      reason: reasonText(t, s.reason),
    })),
  ];
  const totalCost = editor.check ? editor.check.cost : result.plan.cost;

  const tooltip = useCallback(
    (code: string) => {
      const v = villages.get(code);
      if (!v) return '';
      const lead = editor.unions.find((u) => u.members.includes(code))?.lead;
      const where = lead
        ? `${t('planning.lead')}：${name(lead)}`
        : `${t('planning.unassigned')}：${reasonOf(code)}`;
      return [
        `<b>${escapeHtml(v.name)}</b> ${v.code}`,
        `${t('planning.population')}：${formatNumber(v.population, locale)}`,
        escapeHtml(where),
      ].join('<br/>');
    },
    // name/reasonOf read the same inputs
    [villages, editor.unions, t, locale, planReasons],
  );

  const adoptedNames = editor.adopted?.map((u) => u.name).join('、') ?? '';
  const conflict = editor.adoptError instanceof ApiError && editor.adoptError.status === 409;

  return (
    <Flex vertical gap={16} className="lingyan-plan-result">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Typography.Text>
            {t('planning.summary', {
              unions: editor.unions.length,
              villages: inUnion.size,
              unassigned: unassigned.length,
            })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={7}>
          <Statistic
            title={t('planning.totalCost')}
            value={editor.checking ? '…' : totalCost.toFixed(1)}
          />
        </Col>
        <Col xs={12} md={7}>
          <Statistic title={t('planning.quality')} value={boundText(t, result.plan)} />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('planning.map')}
      </Typography.Title>
      <UnionMap
        villages={result.villages}
        unions={editor.unions}
        selected={selected}
        onSelect={setSelected}
        tooltip={tooltip}
      />
      <MovePanel
        village={selected ? (villages.get(selected) ?? null) : null}
        unions={editor.unions}
        villages={villages}
        canUndo={editor.canUndo}
        onMove={editor.move}
        onUndo={editor.undo}
      />
      {editor.checking && (
        <Typography.Text type="secondary">{t('planning.checking')}</Typography.Text>
      )}
      <ErrorAlert error={editor.checkError} />
      {editor.violations.length > 0 ? (
        <Alert
          className="lingyan-violations"
          type="error"
          showIcon
          title={t('planning.violations', { count: editor.violations.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {editor.violations.map((v) => (
                <li key={violationKey(v)} data-violation={v.code}>
                  {v.union ? `${t('planning.lead')} ${name(v.union)}：` : ''}
                  {violationText(t, v, name, locale)}
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        editor.canUndo &&
        !editor.checking && <Alert type="success" showIcon title={t('planning.noViolations')} />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('planning.unions')}
      </Typography.Title>
      <UnionsTable
        rows={rows}
        villages={villages}
        violations={editor.violations}
        selected={selected}
        onSelect={setSelected}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('planning.unassigned')}
      </Typography.Title>
      <UnassignedTable
        rows={unassigned}
        villages={villages}
        selected={selected}
        onSelect={setSelected}
      />
      {editor.adopted ? (
        <Alert
          className="lingyan-adopted"
          type="success"
          showIcon
          title={t('planning.adopted', { count: editor.adopted.length, names: adoptedNames })}
        />
      ) : (
        <Flex gap={12} align="center">
          <Button
            type="primary"
            disabled={editor.blocked}
            loading={editor.adopting}
            onClick={() => void editor.adopt()}
          >
            {t('planning.adopt')}
          </Button>
          {conflict && (
            <Typography.Text type="danger">{t('planning.alreadyAdopted')}</Typography.Text>
          )}
        </Flex>
      )}
      {!conflict &&
        editor.adoptError !== undefined &&
        !(editor.adoptError instanceof ApiError && editor.adoptError.status === 400) && (
          <ErrorAlert error={editor.adoptError} />
        )}
    </Flex>
  );
}
