import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect } from 'react';
import { useEChart } from '../../components/useEChart.ts';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface StatsSeries {
  name: string;
  values: (number | null)[];
}

/** Bars per row (a village, a category), one series per figure; `percent` puts % on the axis. */
export function StatsChart({
  rows,
  series,
  percent,
  testId,
}: {
  rows: string[];
  series: StatsSeries[];
  percent?: boolean;
  testId: string;
}) {
  // one bar group per row, never squeezed below a readable width
  const height = Math.max(220, 48 + rows.length * (series.length > 1 ? 36 : 24));
  const { element, chart } = useEChart(height);
  useEffect(() => {
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis' },
        legend: series.length > 1 ? { top: 0 } : undefined,
        grid: {
          left: 8,
          right: 24,
          top: series.length > 1 ? 32 : 8,
          bottom: 8,
          containLabel: true,
        },
        xAxis: {
          type: 'value',
          max: percent ? 100 : undefined,
          axisLabel: { formatter: percent ? '{value} %' : '{value}' },
        },
        // the first row on top, as in the table below
        yAxis: { type: 'category', data: rows, inverse: true },
        series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
      },
      true,
    );
  }, [rows, series, percent]);
  return <div ref={element} data-testid={testId} style={{ width: '100%', height }} />;
}
