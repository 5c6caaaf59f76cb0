import { useEChart } from './useEChart.ts';

/**
 * An ECharts canvas (useEChart) whose clicks on a region — a series item named by its 12-digit
 * code — call `onSelect`. The caller sets the option when `size` changes.
 */
export function useRegionChart(height: number, onSelect: (code: string) => void) {
  return useEChart(height, (name) => {
    if (/^\d{12}$/.test(name)) onSelect(name);
  });
}
