import { FUND_SOURCES, type FundSource } from './kinds.ts';

export interface FundLine {
  source: FundSource;
  budget: number;
  spent: number;
}

export interface FundsSummary {
  lines: FundLine[];
  budget: number;
  spent: number;
  /** Spent over budget, in % with one decimal; null with no budget. */
  spentShare: number | null;
  /** Sources whose spend went past their budget. */
  overBudget: FundSource[];
}

/**
 * Budget against spend per source (财政 / 党费 / 社会资本), in the catalog's order, with totals.
 * `spent` comes from the recorded spend entries, never typed in.
 */
export function summarizeFunds(
  budgets: readonly { source: FundSource; budget: number }[],
  spends: readonly { source: FundSource; amount: number }[],
): FundsSummary {
  const lines = FUND_SOURCES.flatMap((source): FundLine[] => {
    const line = budgets.find((b) => b.source === source);
    if (!line) return [];
    const spent = spends.filter((s) => s.source === source).reduce((n, s) => n + s.amount, 0);
    return [{ source, budget: line.budget, spent }];
  });
  const budget = lines.reduce((n, l) => n + l.budget, 0);
  const spent = lines.reduce((n, l) => n + l.spent, 0);
  return {
    lines,
    budget,
    spent,
    spentShare: budget === 0 ? null : Math.round((1000 * spent) / budget) / 10,
    overBudget: lines.filter((l) => l.spent > l.budget).map((l) => l.source),
  };
}
