import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { planningApi } from '../../api/planningEndpoints.ts';
import type {
  AdoptedUnion,
  UnionCheck,
  UnionDraft,
  UnionPlanResult,
  UnionViolation,
} from '../../api/planningTypes.ts';
import { moveVillage } from './editPlan.ts';

const drafts = (result: UnionPlanResult | null): UnionDraft[] =>
  result ? result.plan.unions.map((u) => ({ lead: u.lead, members: [...u.members] })) : [];

function violationsOf(error: unknown): UnionViolation[] | null {
  if (!(error instanceof ApiError) || !Array.isArray(error.details.violations)) return null;
  return error.details.violations.filter(
    (v): v is UnionViolation => typeof v === 'object' && v !== null && 'code' in v,
  );
}

/** The proposal as the user edits it: moves, undo, the live recheck and adoption. */
export function useUnionEditor(region: string, result: UnionPlanResult | null) {
  const [history, setHistory] = useState<UnionDraft[][]>([]);
  const [unions, setUnions] = useState<UnionDraft[]>(() => drafts(result));
  const [check, setCheck] = useState<UnionCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>();
  const [adopted, setAdopted] = useState<AdoptedUnion[] | null>(null);
  const [adopting, setAdopting] = useState(false);
  const [adoptError, setAdoptError] = useState<unknown>();

  useEffect(() => {
    setUnions(drafts(result));
    setHistory([]);
    setCheck(null);
    setAdopted(null);
    setAdoptError(undefined);
  }, [result]);

  // the plan as the solver gave it needs no recheck; every edit does
  useEffect(() => {
    if (!result || history.length === 0) {
      setCheck(null);
      return;
    }
    const controller = new AbortController();
    setChecking(true);
    setCheckError(undefined);
    planningApi.checkUnions(region, result.rules, unions, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setCheck(answer);
        setChecking(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setCheckError(error);
        setChecking(false);
      },
    );
    return () => controller.abort();
  }, [region, result, unions, history.length]);

  const move = useCallback(
    (code: string, target: string | null) => {
      setHistory((past) => [...past, unions]);
      setUnions(moveVillage(unions, code, target));
      setAdoptError(undefined);
    },
    [unions],
  );

  const undo = useCallback(() => {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory(history.slice(0, -1));
    setUnions(previous);
    setAdoptError(undefined);
  }, [history]);

  const adopt = useCallback(async () => {
    if (!result) return;
    setAdopting(true);
    setAdoptError(undefined);
    try {
      const answer = await planningApi.adoptUnions(region, result.rules, unions);
      setAdopted(answer.unions);
    } catch (error) {
      setAdoptError(error);
    } finally {
      setAdopting(false);
    }
  }, [region, result, unions]);

  const violations = useMemo(
    () => check?.violations ?? violationsOf(adoptError) ?? [],
    [check, adoptError],
  );
  const blocked =
    violations.length > 0 || checking || checkError !== undefined || unions.length === 0;

  return {
    unions,
    check,
    checking,
    checkError,
    violations,
    blocked,
    canUndo: history.length > 0,
    move,
    undo,
    adopt,
    adopting,
    adopted,
    adoptError,
  };
}
