import { CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useRegionChart } from '../../components/useRegionChart.ts';
import type { PlanningVillage, UnionDraft } from '../../api/planningTypes.ts';
import { mapOption } from './mapOption.ts';

use([ScatterChart, CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface UnionMapProps {
  villages: readonly PlanningVillage[];
  unions: readonly UnionDraft[];
  selected: string | null;
  onSelect: (code: string) => void;
  tooltip: (code: string) => string;
  height?: number;
}

/** Villages as points on a plain lat/lng plane (no tiles), unions as convex hulls. */
export function UnionMap({
  villages,
  unions,
  selected,
  onSelect,
  tooltip,
  height = 520,
}: UnionMapProps) {
  const { element, chart, size } = useRegionChart(height, onSelect);

  useEffect(() => {
    if (!chart.current || size.width === 0) return;
    chart.current.setOption(
      mapOption({ villages, unions, selected, width: size.width, height: size.height, tooltip }),
      true,
    );
  }, [villages, unions, selected, size, tooltip]);

  return (
    <div
      ref={element}
      className="lingyan-union-map"
      style={{
        width: '100%',
        height,
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        background: '#fafafa',
      }}
    />
  );
}
