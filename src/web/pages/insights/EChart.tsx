import { GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../components/useEChart.ts';

use([GaugeChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A chart of gauges or lines; `onClick` gets the clicked item's name (a month, a gauge). */
export function EChart({
  option,
  height,
  onClick,
  testId,
}: {
  option: EChartsCoreOption;
  height: number;
  onClick?: (name: string) => void;
  testId?: string;
}) {
  const { element, chart } = useEChart(height, onClick);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={element} data-testid={testId} style={{ width: '100%', height }} />;
}
